package org.onewindow.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.sqlite.SQLiteConfig;

/**
 * Walks the event log's hash chain (see {@link EventChain}) in a read-only connection and names the
 * first row that was inserted, changed or removed. Safe while the hub runs: WAL lets it read a
 * consistent snapshot beside the writer.
 */
public final class EventLogCheck {
    /** The first version whose rows carry a hash. */
    static final int CHAINED_SINCE = 4;

    /**
     * The outcome. {@code line} is the one line to show: a summary when intact, otherwise what is wrong
     * with the first bad row. {@code rowsChecked} counts the rows found good before it.
     */
    public record Report(boolean intact, long rowsChecked, LogHead head, String line) {
    }

    private EventLogCheck() {
    }

    /**
     * Checks {@code dataDir/onewindow.db}.
     *
     * @param pinnedHead a head hash written down earlier (may be null): the log must still hold that row
     * @throws StoreException when there is no database to check, or it cannot be read
     */
    public static Report check(Path dataDir, String pinnedHead) {
        return checkFile(dataDir.resolve(HallStore.FILE_NAME).toAbsolutePath(), pinnedHead);
    }

    /** Checks one database file, wherever it lies (a backup, an archive). */
    public static Report checkFile(Path file, String pinnedHead) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no hall database at " + file);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
            int version = Migrations.version(connection);
            if (version < CHAINED_SINCE) {
                throw new StoreException(file + " is at schema version " + version + ", older than the hash chain ("
                        + CHAINED_SINCE + "): start the hub on it once to chain its rows, then check again");
            }
            connection.setAutoCommit(false); // one read transaction: one snapshot for the rows and the sequence
            return walk(connection, pinnedHead == null ? null : pinnedHead.strip().toLowerCase(Locale.ROOT));
        } catch (SQLException e) {
            throw new StoreException("cannot read the event log in " + file + ": " + e.getMessage(), e);
        }
    }

    private static Report walk(Connection connection, String pinned) throws SQLException {
        long checked = 0;
        LogHead older = null;
        // After an archive the live chain starts from its recorded anchor; the archive file holds the rest.
        LogHead good = EventChain.anchor(connection);
        long pinnedAt = good.hash().equals(pinned) ? good.seq() : -1;
        try (PreparedStatement s = connection.prepareStatement(Sql.LOG_ROWS_AFTER)) {
            s.setLong(1, good.seq()); // rows an archive covers may still be on their way out: not the live chain's
            ResultSet r = s.executeQuery();
            EventChain.Row next = r.next() ? EventChain.row(r) : null;
            while (next != null) {
                EventChain.Row row = next;
                next = r.next() ? EventChain.row(r) : null;
                String wrong = diagnose(older, good, row, next);
                if (wrong != null) {
                    return new Report(false, checked, good, "event log broken: " + wrong);
                }
                older = good;
                good = new LogHead(row.seq(), row.hash());
                checked++;
                if (row.hash().equals(pinned)) {
                    pinnedAt = row.seq();
                }
            }
        }
        long issued = lastIssuedSeq(connection);
        if (issued > good.seq()) {
            return new Report(false, checked, good, "event log broken: " + missing(good.seq() + 1, issued)
                    + " at the end: the log had reached seq " + issued);
        }
        LogHead anchor = EventChain.anchor(connection);
        String summary = "event log intact: " + checked + " rows checked, last seq " + good.seq() + ", head " + good.hash()
                + (anchor.seq() > 0 ? ", starting after archived seq " + anchor.seq() : "");
        if (pinned != null) {
            if (pinnedAt < 0) {
                return new Report(false, checked, good, "event log broken: the pinned head " + pinned
                        + " is not in the log: rows up to it were rewritten (every hash recomputed) or removed");
            }
            summary += ", pinned head found at seq " + pinnedAt;
        }
        return new Report(true, checked, good, summary);
    }

    /**
     * What is wrong with {@code row}, which follows the last good row {@code before}; null when nothing.
     * The neighbours tell an inserted row from a changed one: the row after an inserted one still names
     * the row before it. {@code older} (the good row before {@code before}) and {@code next} may be null.
     */
    private static String diagnose(LogHead older, LogHead before, EventChain.Row row, EventChain.Row next) {
        long seq = row.seq();
        if (row.hash() == null) {
            return "row " + seq + " was inserted: it has no hash (written around the hub)";
        }
        boolean linked = before.hash().equals(row.prevHash());
        boolean consistent = row.selfConsistent();
        boolean gap = seq > before.seq() + 1;
        boolean nextSkipsRow = next != null && before.hash().equals(next.prevHash());
        if (linked && consistent) {
            return gap ? missing(before.seq() + 1, seq - 1) : null;
        }
        if (linked) {
            return nextSkipsRow ? inserted(seq, before) : "row " + seq + " was changed: its content no longer matches its hash";
        }
        if (older != null && older.hash().equals(row.prevHash())) {
            // "before" was chained correctly by someone who knows the algorithm, but this row skips it.
            return inserted(before.seq(), older);
        }
        if (!consistent && next != null && row.prevHash() != null && row.prevHash().equals(next.hash())) {
            return "rows " + seq + " and " + next.seq() + " were reordered (swapped)";
        }
        if (nextSkipsRow) {
            return inserted(seq, before);
        }
        if (gap) {
            return missing(before.seq() + 1, seq - 1);
        }
        if (!consistent) {
            return "row " + seq + " was changed: neither its content nor its link to " + name(before) + " matches its hash";
        }
        return "row " + seq + " does not follow " + name(before) + ": " + name(before)
                + " was changed and its hash recomputed, or a row was removed before " + seq + " or " + seq + " was inserted";
    }

    private static String inserted(long seq, LogHead before) {
        return "row " + seq + " was inserted: the row after it follows " + name(before);
    }

    private static String name(LogHead row) {
        return row.seq() == 0 ? "the start of the log" : "row " + row.seq();
    }

    private static String missing(long from, long to) {
        return from == to ? "row " + from + " is missing (removed)" : "rows " + from + " to " + to + " are missing (removed)";
    }

    private static long lastIssuedSeq(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(Sql.LAST_ISSUED_SEQ)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
