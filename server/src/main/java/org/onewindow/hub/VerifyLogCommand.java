package org.onewindow.hub;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.onewindow.store.EventLogCheck;
import org.onewindow.store.StoreException;

/**
 * {@code verify-log [--data DIR] [--head HASH]}: checks the event log's hash chain and prints one line.
 * Exit 0 and a summary on stdout when intact; 1 and the first bad row on stdout when not; 2 and one
 * line on stderr when there is nothing to check (bad arguments, no data directory, no database).
 */
final class VerifyLogCommand {
    static final String USAGE = "usage: verify-log --data DIR [--head HASH] | verify-log --file BACKUP_OR_ARCHIVE [--head HASH]";
    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int CANNOT_CHECK = 2;

    private VerifyLogCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path dataDir = Path.of("data");
        Path file = null;
        String head = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null || !(args[i].equals("--data") || args[i].equals("--head") || args[i].equals("--file"))) {
                err.println("verify-log: " + (value == null && args[i].startsWith("--") ? args[i] + " needs a value"
                        : "unknown option '" + args[i] + "'") + " (" + USAGE + ")");
                return CANNOT_CHECK;
            }
            if (args[i].equals("--data")) {
                dataDir = Path.of(value);
            } else if (args[i].equals("--file")) {
                file = Path.of(value);
            } else if (value.strip().matches("[0-9a-fA-F]{64}")) {
                head = value;
            } else {
                err.println("verify-log: --head takes a 64-digit hex hash, as verify-log or the hub printed it");
                return CANNOT_CHECK;
            }
            i++;
        }
        if (file == null && !Files.isDirectory(dataDir)) {
            err.println("verify-log: no data directory at " + dataDir.toAbsolutePath());
            return CANNOT_CHECK;
        }
        try {
            EventLogCheck.Report report = file != null ? EventLogCheck.checkFile(file.toAbsolutePath(), head)
                    : EventLogCheck.check(dataDir, head);
            out.println(report.line());
            return report.intact() ? INTACT : BROKEN;
        } catch (StoreException e) {
            err.println("verify-log: " + e.getMessage().replace('\n', ' '));
            return CANNOT_CHECK;
        }
    }
}
