package org.onewindow.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;

/** The forecast's worker runs at nice 19 beside the desk and the event loops, which keep theirs (Linux /proc). */
class BackgroundPriorityTest {
    @TempDir
    Path dir;

    @Test
    void theForecastWorkerRunsAtTheLowestPriorityAndTheDeskDoesNot() throws Exception {
        try (TestHub hub = TestHub.start(dir)) {
            hub.issue("commerce");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            Optional<Integer> forecast = niceOf("onewindow-forec");
            while (!forecast.equals(Optional.of(BackgroundPriority.NICE)) && System.nanoTime() < deadline) {
                Thread.sleep(10); // the worker lowers itself in its first task, beside the test
                forecast = niceOf("onewindow-forec");
            }
            assertThat(forecast).contains(BackgroundPriority.NICE);
            assertThat(niceOf("onewindow-hall-")).contains(ownNice());
            assertThat(niceOf("vert.x-eventloo")).contains(ownNice());
        }
    }

    @Test
    void aThreadLowersOnlyItself() throws Exception {
        boolean[] lowered = new boolean[1];
        Thread thread = new Thread(() -> lowered[0] = BackgroundPriority.lowerCurrentThread(), "lowered-thread");
        int before = ownNice();
        thread.start();
        thread.join();
        assertThat(lowered[0]).isTrue();
        assertThat(ownNice()).isEqualTo(before);
    }

    private static int ownNice() throws IOException {
        return nice(Path.of("/proc/thread-self"));
    }

    private static int nice(Path task) throws IOException {
        String stat = Files.readString(task.resolve("stat"));
        List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
        return Integer.parseInt(fields.get(16)); // field 19 of stat; field 3 is fields[0]
    }

    /** The nice value of this JVM's first thread whose name (as /proc shortens it to 15 characters) starts so. */
    private static Optional<Integer> niceOf(String name) throws IOException {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String comm = Files.readString(task.resolve("comm")).trim();
                if (comm.startsWith(name)) {
                    return Optional.of(nice(task));
                }
            }
        }
        return Optional.empty();
    }
}
