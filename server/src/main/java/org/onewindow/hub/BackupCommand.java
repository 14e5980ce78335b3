package org.onewindow.hub;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.onewindow.store.StoreBackup;
import org.onewindow.store.StoreException;

/**
 * {@code backup --data DIR [--to FILE]}: a checked copy of the hall database, safe while the hub runs.
 * Without {@code --to} the copy goes to {@code DIR/backups/onewindow-YYYYMMDD-HHMMSS.db} (UTC).
 * Exit 0 and one line on stdout naming the copy and its log head; 1 when the copy fails its checks;
 * 2 and one line on stderr for bad arguments or nothing to copy.
 */
final class BackupCommand {
    static final String USAGE = "usage: backup --data DIR [--to FILE]";
    static final int WRITTEN = 0;
    static final int FAILED = 1;
    static final int CANNOT_START = 2;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private BackupCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        Path dataDir = Path.of("data");
        Path to = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null || !(args[i].equals("--data") || args[i].equals("--to"))) {
                err.println("backup: " + (value == null && args[i].startsWith("--") ? args[i] + " needs a value"
                        : "unknown option '" + args[i] + "'") + " (" + USAGE + ")");
                return CANNOT_START;
            }
            if (args[i].equals("--data")) {
                dataDir = Path.of(value);
            } else {
                to = Path.of(value);
            }
            i++;
        }
        if (!Files.isDirectory(dataDir)) {
            err.println("backup: no data directory at " + dataDir.toAbsolutePath());
            return CANNOT_START;
        }
        Path target = to != null ? to : dataDir.resolve("backups").resolve("onewindow-" + STAMP.format(clock.instant()) + ".db");
        try {
            out.println(StoreBackup.backup(dataDir, target).line());
            return WRITTEN;
        } catch (StoreException e) {
            err.println("backup: " + e.getMessage().replace('\n', ' '));
            return e.getMessage().startsWith("no hall database") || e.getMessage().contains("already exists")
                    ? CANNOT_START : FAILED;
        }
    }
}
