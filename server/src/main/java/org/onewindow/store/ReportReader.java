package org.onewindow.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.cases.Case;
import org.onewindow.cases.RatingLine;
import org.onewindow.reports.Period;
import org.onewindow.reports.Score;
import org.onewindow.reports.Visit;
import org.onewindow.reports.WindowStatusChange;
import org.onewindow.tickets.CounterStatus;
import org.onewindow.tickets.TicketStatus;
import org.sqlite.SQLiteConfig;

/**
 * Reads the hall's history for the manager — what a period report needs, the 差评 cases, the ratings —
 * on a read-only connection of its own, so that a year's report never holds up the hub's writer (WAL
 * lets readers and the writer go on side by side). Thread-safe: every call opens, reads one snapshot
 * and closes.
 */
public final class ReportReader {
    /** Everything one report reads, from one snapshot. */
    public record Facts(List<Visit> visits, List<Score> scores, List<WindowStatusChange> changes, LocalDate archivedBefore) {
    }

    private final Path file;

    ReportReader(Path file) {
        this.file = file;
    }

    /** A reader over {@code dataDir/onewindow.db} (the benchmark and tools; the hub asks its store). */
    public static ReportReader of(Path dataDir) {
        return new ReportReader(dataDir.resolve(HallStore.FILE_NAME).toAbsolutePath());
    }

    public Facts read(Period period) {
        return reading("the report of " + period.from() + " to " + period.to(), connection -> new Facts(
                visits(connection, period), scores(connection, period), changes(connection, period), archivedBefore(connection)));
    }

    /** The 差评 cases opened between the two hall days, and with {@code andUnclosed} every case not closed. */
    public List<Case> cases(LocalDate from, LocalDate to, boolean andUnclosed) {
        return reading("the cases", connection -> CaseRows.list(connection,
                andUnclosed ? CaseRows.CASES_OPEN_OR_OPENED : CaseRows.CASES_OPENED, from, to));
    }

    /** The ratings of the tickets of those hall days, newest first; counter and score null for any. */
    public List<RatingLine> ratings(LocalDate from, LocalDate to, String counter, Integer score) {
        return reading("the ratings", connection -> CaseRows.ratings(connection, from, to, counter, score));
    }

    private interface Reading<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs the reading in one read transaction (one snapshot) on a read-only connection of its own. */
    private <T> T reading(String what, Reading<T> reading) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
            connection.setAutoCommit(false);
            T result = reading.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * The tickets one clerk served on one hall day (those whose latest call was theirs) and their ratings,
     * from one snapshot; no window changes.
     */
    public Facts clerkDay(String staff, LocalDate day) {
        return reading("the day of " + staff + " on " + day, connection -> {
            List<Visit> visits = new ArrayList<>();
            try (PreparedStatement s = bindClerk(connection, Sql.CLERK_VISITS, staff, day); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    visits.add(visit(r));
                }
            }
            List<Score> scores = new ArrayList<>();
            try (PreparedStatement s = bindClerk(connection, Sql.CLERK_SCORES, staff, day); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    scores.add(score(r));
                }
            }
            return new Facts(visits, scores, List.of(), null);
        });
    }

    private static PreparedStatement bindClerk(Connection connection, String sql, String staff, LocalDate day) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        s.setString(1, day.toString());
        s.setString(2, day.toString());
        s.setString(3, staff);
        return s;
    }

    /** A row of {@code Sql.REPORT_VISITS} or {@code Sql.CLERK_VISITS}: the day as an epoch day, instants as epoch ms. */
    private static Visit visit(ResultSet r) throws SQLException {
        return new Visit(LocalDate.ofEpochDay(r.getLong(1)), r.getString(2), r.getString(3),
                TicketStatus.fromWire(r.getString(4)), instant(r, 5), instant(r, 6), instant(r, 7));
    }

    private static List<Visit> visits(Connection connection, Period period) throws SQLException {
        List<Visit> visits = new ArrayList<>();
        try (PreparedStatement s = bind(connection, Sql.REPORT_VISITS, period); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                visits.add(visit(r));
            }
        }
        return visits;
    }

    private static Score score(ResultSet r) throws SQLException {
        return new Score(r.getString(1), r.getString(2), r.getInt(3));
    }

    private static List<Score> scores(Connection connection, Period period) throws SQLException {
        List<Score> scores = new ArrayList<>();
        try (PreparedStatement s = bind(connection, Sql.REPORT_SCORES, period); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                scores.add(score(r));
            }
        }
        return scores;
    }

    /** Every window's status after each event that could change it, oldest first (also read by a restarting hub). */
    static List<WindowStatusChange> changes(Connection connection, Period period) throws SQLException {
        List<WindowStatusChange> changes = new ArrayList<>();
        try (PreparedStatement s = bind(connection, Sql.REPORT_WINDOW_CHANGES, period); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String status = r.getString(3);
                if (status != null) {
                    changes.add(new WindowStatusChange(r.getString(2), instant(r, 1), CounterStatus.fromWire(status)));
                }
            }
        }
        return changes;
    }

    private static LocalDate archivedBefore(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(Sql.ARCHIVED_BEFORE)) {
            return r.next() ? LocalDate.parse(r.getString(1)) : null;
        }
    }

    private static PreparedStatement bind(Connection connection, String sql, Period period) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        s.setString(1, period.from().toString());
        s.setString(2, period.to().toString());
        return s;
    }

    /** The column's epoch milliseconds (see {@code Sql.epochMillis}) as an instant, or null. */
    private static Instant instant(ResultSet r, int column) throws SQLException {
        long millis = r.getLong(column);
        return r.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
