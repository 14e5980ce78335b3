package org.onewindow.hub;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.onewindow.hall.ConfigException;
import org.onewindow.hall.DemoHall;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.HallFile;
import org.onewindow.store.LogArchive;
import org.onewindow.store.StoreException;

/**
 * {@code archive-log --data DIR --before YYYY-MM --to FILE [--hall FILE]}: archives the event log's rows
 * of hall days before that month to a checked file, then removes them from the live log (see
 * {@link LogArchive}). The hall file's {@code retention.eventLogMonths} (default 24) says how many
 * whole months before the current one must stay. Exit 0 and one line on success; 1 when a check
 * fails; 2 and one line on stderr for bad arguments, a month inside the retention, or nothing to archive.
 */
final class ArchiveLogCommand {
    static final String USAGE = "usage: archive-log --data DIR --before YYYY-MM --to FILE [--hall FILE]";

    private ArchiveLogCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        Path dataDir = Path.of("data");
        Path to = null;
        Path hallFile = null;
        YearMonth before = null;
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                err.println("archive-log: " + option + " needs a value (" + USAGE + ")");
                return 2;
            }
            switch (option) {
                case "--data" -> dataDir = Path.of(value);
                case "--to" -> to = Path.of(value);
                case "--hall" -> hallFile = Path.of(value);
                case "--before" -> {
                    try {
                        before = YearMonth.parse(value);
                    } catch (DateTimeParseException e) {
                        err.println("archive-log: --before takes a month as YYYY-MM, got '" + value + "'");
                        return 2;
                    }
                }
                default -> {
                    err.println("archive-log: unknown option '" + option + "' (" + USAGE + ")");
                    return 2;
                }
            }
        }
        if (before == null || to == null) {
            err.println("archive-log: --before and --to are required (" + USAGE + ")");
            return 2;
        }
        if (!Files.isDirectory(dataDir)) {
            err.println("archive-log: no data directory at " + dataDir.toAbsolutePath());
            return 2;
        }
        HallConfig hall;
        try {
            hall = hallFile == null ? DemoHall.config() : HallFile.load(hallFile);
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return 2;
        }
        try {
            LogArchive.Result result = LogArchive.archive(dataDir, before, to, hall.reports().eventLogMonths(), clock, hall.timezone());
            out.println(result.line());
            return result.live().intact() ? 0 : 1;
        } catch (StoreException e) {
            err.println("archive-log: " + e.getMessage().replace('\n', ' '));
            String m = e.getMessage();
            return m.startsWith("the hall keeps") || m.startsWith("nothing to archive") || m.contains("already exists") ? 2 : 1;
        }
    }
}
