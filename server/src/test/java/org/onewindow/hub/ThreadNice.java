package org.onewindow.hub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Threads' nice values as Linux shows them in /proc. */
final class ThreadNice {
    private ThreadNice() {
    }

    static int own() throws IOException {
        return of(Path.of("/proc/thread-self"));
    }

    /** The nice value of one task directory (/proc/PID/task/TID, or /proc/thread-self). */
    static int of(Path task) throws IOException {
        String stat = Files.readString(task.resolve("stat"));
        List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
        return Integer.parseInt(fields.get(16)); // field 19 of stat; field 3 is fields[0]
    }

    /** Each thread of the process by its name as /proc shortens it (15 characters), with its nice value. */
    static Map<String, Integer> ofProcess(long pid) throws IOException {
        Map<String, Integer> threads = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                threads.put(Files.readString(task.resolve("comm")).trim(), of(task));
            }
        }
        return threads;
    }
}
