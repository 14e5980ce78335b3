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
import org.onewindow.reports.Period;
import org.onewindow.reports.Score;
import org.onewindow.reports.Visit;
import org.onewindow.reports.WindowStatusChange;
import org.onewindow.tickets.CounterStatus;
import org.onewindow.tickets.TicketStatus;
import org.sqlite.SQLiteConfig;

/**
 * Reads what a period report needs, on a read-only connection of its own, so that a year's report never
 * holds up the hub's writer (WAL lets readers and the writer go on side by side). Thread-safe: every
 * call opens, reads one snapshot and closes.
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
        try (Connection connection = open()) {
            connection.setAutoCommit(false); // one read transaction: one snapshot for all three
            Facts facts = new Facts(visits(connection, period), scores(connection, period), changes(connection, period),
                    archivedBefore(connection));
            connection.commit();
            return facts;
        } catch (SQLException e) {
            throw new StoreException("cannot read the report of " + period.from() + " to " + period.to() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The tickets one clerk served on one hall day (those whose latest call was theirs) and their ratings,
     * from one snapshot; no window changes.
     */
    public Facts clerkDay(String staff, LocalDate day) {
        try (Connection connection = open()) {
            connection.setAutoCommit(false);
            List<Visit> visits = new ArrayList<>();
            try (PreparedStatement s = bindClerk(connection, Sql.CLERK_VISITS, staff, day); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    visits.add(visit(r));
                }
            }
            List<Score> scores = new ArrayList<>();
            try (PreparedStatement s = bindClerk(connection, Sql.CLERK_SCORES, staff, day); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    scores.add(new Score(r.getString(1), r.getString(2), r.getInt(3)));
                }
            }
            connection.commit();
            return new Facts(visits, scores, List.of(), null);
        } catch (SQLException e) {
            throw new StoreException("cannot read the day of " + staff + " on " + day + ": " + e.getMessage(), e);
        }
    }

    private Connection open() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    private static PreparedStatement bindClerk(Connection connection, String sql, String staff, LocalDate day) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        s.setString(1, day.toString());
        s.setString(2, day.toString());
        s.setString(3, staff);
        return s;
    }

    private static Visit visit(ResultSet r) throws SQLException {
        return new Visit(LocalDate.parse(r.getString(1)), r.getString(2), r.getString(3),
                TicketStatus.fromWire(r.getString(4)), instant(r.getString(5)), instant(r.getString(6)), instant(r.getString(7)));
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

    private static List<Score> scores(Connection connection, Period period) throws SQLException {
        List<Score> scores = new ArrayList<>();
        try (PreparedStatement s = bind(connection, Sql.REPORT_SCORES, period); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                scores.add(new Score(r.getString(1), r.getString(2), r.getInt(3)));
            }
        }
        return scores;
    }

    private static List<WindowStatusChange> changes(Connection connection, Period period) throws SQLException {
        List<WindowStatusChange> changes = new ArrayList<>();
        try (PreparedStatement s = bind(connection, Sql.REPORT_WINDOW_CHANGES, period); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String status = r.getString(3);
                if (status != null) {
                    changes.add(new WindowStatusChange(r.getString(2), instant(r.getString(1)), CounterStatus.fromWire(status)));
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

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
