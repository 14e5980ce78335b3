package org.onewindow.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Moves whole old months out of the live event log, keeping the proof: the archive file is a checked
 * backup of the whole database (so it holds every archived row with its chain hashes), the live file
 * records an anchor "the live chain starts after seq N, whose hash is H" (V6 {@code log_archives}),
 * and only then may the rows up to N leave it. {@code verify-log} checks the live log from the anchor;
 * {@code verify-log --file ARCHIVE} checks the archive, whose row N carries the same H.
 *
 * <p>Safe while the hub runs: the rows go in small transactions, so the hub's own commits wait at
 * most a moment between them; the hub never reads old log rows, so nothing it holds changes.
 */
public final class LogArchive {
    /** The schema version that knows archives. */
    static final int SINCE = 6;
    private static final int ROWS_PER_TRANSACTION = 5_000;

    /** What was archived and how the live log stands after it. */
    public record Result(Path file, long throughSeq, String throughHash, long removed, EventLogCheck.Report live) {
        public String line() {
            return "archived event log rows up to seq " + throughSeq + " (hash " + throughHash + ") to " + file
                    + "; " + removed + " rows left the live log; live " + live.line();
        }
    }

    private LogArchive() {
    }

    /**
     * @param before     rows of hall days before the first day of this month are archived
     * @param keepMonths the hall's retention: whole months before the current one that must stay live
     * @throws StoreException when {@code before} is inside the retention, nothing is that old, or any check fails
     */
    public static Result archive(Path dataDir, YearMonth before, Path to, int keepMonths, Clock clock, ZoneId zone) {
        YearMonth latestAllowed = YearMonth.now(clock.withZone(zone)).minusMonths(keepMonths);
        if (before.isAfter(latestAllowed)) {
            throw new StoreException("the hall keeps " + keepMonths + " months of event log (retention.eventLogMonths):"
                    + " archive before " + latestAllowed + " or earlier, not " + before);
        }
        Path live = dataDir.resolve(HallStore.FILE_NAME).toAbsolutePath();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + live)) {
            try (var s = connection.createStatement()) {
                s.execute(Sql.BUSY_TIMEOUT);
            }
            if (Migrations.version(connection) < SINCE) {
                throw new StoreException(live + " predates archives: start the hub on it once, then archive");
            }
            LogHead through = lastRowBefore(connection, before);
            if (through == null) {
                throw new StoreException("nothing to archive: the live log has no row before " + before.atDay(1));
            }
            StoreBackup.Result copy = StoreBackup.backup(dataDir, to);
            String inArchive = hashInFile(copy.file(), through.seq());
            if (!through.hash().equals(inArchive)) {
                throw new StoreException("the archive " + copy.file() + " does not hold row " + through.seq() + " as the live log does");
            }
            try (PreparedStatement s = connection.prepareStatement(Sql.INSERT_LOG_ARCHIVE)) {
                s.setLong(1, through.seq());
                s.setString(2, through.hash());
                s.setString(3, before.atDay(1).toString());
                s.setString(4, copy.file().toString());
                s.setString(5, Rows.text(clock.instant()));
                s.executeUpdate();
            }
            long removed = removeUpTo(connection, through.seq());
            return new Result(copy.file(), through.seq(), through.hash(), removed, EventLogCheck.check(dataDir, null));
        } catch (SQLException e) {
            throw new StoreException("cannot archive the event log of " + live + ": " + e.getMessage(), e);
        }
    }

    private static LogHead lastRowBefore(Connection connection, YearMonth before) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(Sql.LAST_SEQ_BEFORE_DAY)) {
            s.setString(1, before.atDay(1).toString());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new LogHead(r.getLong(1), r.getString(2)) : null;
            }
        }
    }

    private static String hashInFile(Path file, long seq) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement s = c.prepareStatement(Sql.EVENT_HASH)) {
            s.setLong(1, seq);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static long removeUpTo(Connection connection, long seq) throws SQLException {
        long removed = 0;
        try (PreparedStatement s = connection.prepareStatement(Sql.DELETE_ARCHIVED_EVENTS_BATCH)) {
            int batch;
            do {
                s.setLong(1, seq);
                s.setInt(2, ROWS_PER_TRANSACTION);
                batch = s.executeUpdate();
                removed += batch;
            } while (batch > 0);
        }
        return removed;
    }
}
