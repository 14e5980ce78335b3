package org.onewindow.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * Copies a hall database while the hub runs, then proves the copy: it is written with {@code VACUUM INTO}
 * from one read transaction (WAL lets it read a consistent snapshot beside the hub's writer, so every
 * transaction committed before the backup began is in it), into a ".part" file that is reopened and
 * checked (integrity, schema version, the event log's hash chain) before it takes the final name.
 * The copy is a whole hub database: put it as {@code onewindow.db} in a data directory and start a hub on it.
 */
public final class StoreBackup {
    /** What the backup holds, as checked on the copy itself. */
    public record Result(Path file, int schemaVersion, long tickets, EventLogCheck.Report log) {
        public String line() {
            return "backup written to " + file + ": schema version " + schemaVersion + ", " + tickets + " tickets; "
                    + log.line();
        }
    }

    private StoreBackup() {
    }

    /**
     * @throws StoreException when there is no database, the target exists, or the copy fails its checks
     *                        (the half-made copy is removed then)
     */
    public static Result backup(Path dataDir, Path target) {
        Path source = dataDir.resolve(HallStore.FILE_NAME).toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new StoreException("no hall database at " + source);
        }
        Path to = target.toAbsolutePath();
        if (Files.exists(to)) {
            throw new StoreException(to + " already exists: choose a new file, a backup never overwrites one");
        }
        Path part = to.resolveSibling(to.getFileName() + ".part");
        try {
            Files.createDirectories(to.getParent());
            Files.deleteIfExists(part);
            copy(source, part);
            Result checked = check(part);
            Files.move(part, to, StandardCopyOption.ATOMIC_MOVE);
            return new Result(to, checked.schemaVersion(), checked.tickets(), checked.log());
        } catch (IOException e) {
            throw new StoreException("cannot write the backup " + to + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // Best effort: a stray .part file is named so that nobody takes it for a backup.
            }
        }
    }

    /** Copies one consistent snapshot of {@code source} into the new file {@code to}. */
    static void copy(Path source, Path to) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + source, readOnly());
             PreparedStatement s = connection.prepareStatement(Sql.VACUUM_INTO)) {
            s.setString(1, to.toString());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot copy " + source + " to " + to + ": " + e.getMessage(), e);
        }
    }

    /** Reopens a copy and checks it whole; a copy that fails is no backup. */
    static Result check(Path file) {
        int version;
        long tickets;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly());
             Statement s = connection.createStatement()) {
            try (ResultSet r = s.executeQuery(Sql.INTEGRITY_CHECK)) {
                String answer = r.next() ? r.getString(1) : "no answer";
                if (!"ok".equals(answer)) {
                    throw new StoreException("the copy " + file + " fails SQLite's integrity check: " + answer);
                }
            }
            version = Migrations.version(connection);
            if (version < 1 || version > Migrations.LATEST) {
                throw new StoreException("the copy " + file + " is at schema version " + version
                        + ", not one this hub knows (1 to " + Migrations.LATEST + ")");
            }
            try (ResultSet r = s.executeQuery(Sql.COUNT_TICKETS)) {
                r.next();
                tickets = r.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot reopen the copy " + file + ": " + e.getMessage(), e);
        }
        EventLogCheck.Report log = EventLogCheck.checkFile(file, null);
        if (!log.intact()) {
            throw new StoreException("the copy " + file + " holds a broken " + log.line()
                    + " (run verify-log on the data directory: the live log is broken too)");
        }
        return new Result(file, version, tickets, log);
    }

    private static java.util.Properties readOnly() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        return config.toProperties();
    }
}
