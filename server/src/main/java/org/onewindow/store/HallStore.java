package org.onewindow.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.onewindow.cases.Case;
import org.onewindow.cases.CaseStep;
import org.onewindow.devices.DeviceAudit;
import org.onewindow.reports.Period;
import org.onewindow.reports.WindowStatusChange;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.CounterStatus;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.Rating;
import org.onewindow.tickets.Ticket;
import org.onewindow.tickets.TicketStatus;
import org.onewindow.tickets.TicketingChange;

/**
 * The hall's durable memory: an append-only event log plus the latest state of every ticket and
 * window, in one SQLite file behind one JDBC connection.
 *
 * <p>The hub commits each {@link HallEvent} here before the hall applies it and the client hears back,
 * so with WAL and {@code synchronous=FULL} an acknowledged ticket survives a power cut.
 * Not thread-safe: the hub's single worker thread, the same one that drives the Hall, uses it.
 */
public final class HallStore implements AutoCloseable {
    public static final String FILE_NAME = "onewindow.db";

    private final Connection connection;
    /** Prepared statements of the event writes, by their SQL ({@link #prepared}); closed with the store. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final ZoneId hallZone;
    private final Path file;
    /** The log's newest row, kept here so that appending needs no read; moves only on commit. */
    private LogHead head;
    /** The newest row appended by the open transaction, adopted as {@link #head} when it commits. */
    private LogHead pending;
    /** Which rated event opens a 差评 case; that case is written in the rating's own transaction. */
    private CaseOpener caseOpener = event -> Optional.empty();

    /** Decides, inside the transaction of a TICKET_RATED event, the case it opens (a rating of 1 or 2). */
    @FunctionalInterface
    public interface CaseOpener {
        Optional<Case> open(HallEvent rated);
    }

    private HallStore(Path file, Connection connection, ZoneId hallZone, LogHead head) {
        this.file = file;
        this.connection = connection;
        this.hallZone = hallZone;
        this.head = head;
    }

    /**
     * Opens (creating if needed) {@code dataDir/onewindow.db} and migrates it to the latest schema.
     *
     * @param hallZone the hall's time zone: the event log files each event under the hall date it happened on
     */
    public static HallStore open(Path dataDir, ZoneId hallZone) {
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dataDir + ": " + e, e);
        }
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = connection.createStatement()) {
                // journal_mode answers with the mode it got: a file system without WAL support must not pass silently.
                try (ResultSet mode = s.executeQuery(Sql.JOURNAL_MODE_WAL)) {
                    if (!mode.next() || !"wal".equalsIgnoreCase(mode.getString(1))) {
                        throw new StoreException("cannot switch " + file + " to WAL journaling");
                    }
                }
                s.execute(Sql.SYNCHRONOUS_FULL);
                s.execute(Sql.FOREIGN_KEYS_ON);
                s.execute(Sql.BUSY_TIMEOUT);
                s.execute(Sql.WAL_AUTOCHECKPOINT_OFF);
            }
            Migrations.migrate(connection, Migrations.LATEST);
            return new HallStore(file, connection, hallZone, EventChain.head(connection));
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException("cannot open the hall database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Commits the event, its tickets and windows and its rating in one transaction, or nothing at all.
     *
     * @throws StoreException when anything fails; the transaction is rolled back
     */
    public void append(HallEvent event) {
        inTransaction(() -> describe(event), () -> write(event));
    }

    /**
     * Group commit: commits the events in one transaction (one fsync), their log rows chained one after
     * the other in order, or none of them, the log's head staying where it was.
     *
     * @throws StoreException when anything fails; the transaction is rolled back
     */
    public void appendAll(List<HallEvent> events) {
        if (events.size() == 1) {
            append(events.get(0));
            return;
        }
        inTransaction(() -> events.size() + " events (" + describe(events.get(0)) + ", …)", () -> {
            for (HallEvent event : events) {
                write(event);
            }
        });
    }

    /**
     * Commits a manager's decision about a device and its log row in one transaction: a pairing stores
     * the new token's hash (replacing any old one), a revocation removes it.
     */
    public void record(DeviceAudit audit) {
        inTransaction(() -> audit.kind() + " of device " + audit.device(), () -> {
            appendLogRow(audit.at(), audit.kind().name(), audit.actor(), List.of(), EventJson.payload(audit));
            if (audit.kind() == DeviceAudit.Kind.DEVICE_PAIRED) {
                try (PreparedStatement s = connection.prepareStatement(Sql.UPSERT_DEVICE_PAIRING)) {
                    s.setString(1, audit.device());
                    s.setString(2, audit.deviceKind().wire());
                    s.setString(3, audit.tokenHash());
                    s.setString(4, Rows.text(audit.at()));
                    s.setString(5, audit.actor());
                    s.executeUpdate();
                }
            } else if (audit.kind() == DeviceAudit.Kind.DEVICE_REVOKED) {
                try (PreparedStatement s = connection.prepareStatement(Sql.DELETE_DEVICE_PAIRING)) {
                    s.setString(1, audit.device());
                    s.executeUpdate();
                }
            }
        });
    }

    /** Commits a manager's stop or restart of ticketing for one matter as a row of the event log. */
    public void record(TicketingChange change) {
        inTransaction(() -> change.kind() + " of service " + change.service(), () ->
                appendLogRow(change.at(), change.kind().name(), change.actor(), List.of(), EventJson.payload(change)));
    }

    /** Every stop and restart of ticketing, oldest first: replayed at start, the last one per matter stands. */
    public List<TicketingChange> ticketingChanges() {
        List<TicketingChange> changes = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(Sql.TICKETING_CHANGES)) {
            while (r.next()) {
                changes.add(new TicketingChange(TicketingChange.Kind.valueOf(r.getString(1)), Rows.instant(r.getString(2)),
                        r.getString(3), EventJson.field(r.getString(4), "service")));
            }
            return changes;
        } catch (SQLException e) {
            throw new StoreException("cannot read the ticketing stops: " + e.getMessage(), e);
        }
    }

    /** From now on a rating commits with the case it opens, if any (the hub sets this once, at start). */
    public void openCasesWith(CaseOpener opener) {
        this.caseOpener = opener;
    }

    /** Commits a step of a case and its log row (CASE_CALLBACK, …) in one transaction. */
    public void record(Case before, CaseStep step) {
        inTransaction(() -> step.kind().logKind() + " of case " + before.id(), () -> {
            appendLogRow(step.at(), step.kind().logKind(), step.actor(), List.of(before.ticket()),
                    CaseRows.payload(before.id(), step));
            CaseRows.insertStep(connection, before.id(), before.steps().size() + 1, step);
        });
    }

    public Optional<Case> caseOf(String id) {
        return reading("the case " + id, () -> CaseRows.byId(connection, id));
    }

    /** Who last called the ticket (a staff id, or a device's), from the event log of its hall day. */
    public Optional<String> callerOf(String ticketId, LocalDate day) {
        return reading("the caller of " + ticketId, () -> CaseRows.caller(connection, ticketId, day));
    }

    private interface Reading<T> {
        T run() throws SQLException;
    }

    private static <T> T reading(String what, Reading<T> reading) {
        try {
            return reading.run();
        } catch (SQLException e) {
            throw new StoreException("cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    /** Device id → token hash of every paired device. */
    public Map<String, String> devicePairings() {
        Map<String, String> pairings = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(Sql.DEVICE_PAIRINGS)) {
            while (r.next()) {
                pairings.put(r.getString(1), r.getString(2));
            }
            return pairings;
        } catch (SQLException e) {
            throw new StoreException("cannot read the paired devices: " + e.getMessage(), e);
        }
    }

    /** The history (reports, cases, ratings) over this file, read on connections of their own: safe from any thread. */
    public ReportReader reportReader() {
        return new ReportReader(file);
    }

    /** The log's newest row: the hub logs its hash at start, so that a copy elsewhere pins the history. */
    public LogHead logHead() {
        return head;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none of it and the log's head stays
     * where it was. Every write that appends to the event log goes through here.
     */
    private void inTransaction(Supplier<String> what, Work work) {
        try {
            connection.setAutoCommit(false);
            pending = null;
            work.run();
            connection.commit();
            if (pending != null) {
                head = pending;
            }
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            throw new StoreException(what.get() + " was not stored, nothing of it was kept: " + e.getMessage(), e);
        } finally {
            pending = null;
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // Only possible on a broken or closed connection, which the next call reports anyway.
            }
        }
    }

    /**
     * THE way a row enters the event log (the audit trail): gives it the next seq and chains it to the row
     * before with {@link EventChain#hash}. Call it only inside {@link #inTransaction}, which adopts the new
     * head when the transaction commits; several rows per transaction chain one after the other.
     *
     * @param kind        what happened, upper snake case (a {@code HallEvent.Kind} name, or e.g. {@code DEVICE_PAIRED})
     * @param actor       who did it (staff id, device id, "visitor"), or null
     * @param ticketIds   the tickets it concerns, in order; empty when none
     * @param payloadJson the whole event as JSON, enough to audit it without any other table
     */
    private void appendLogRow(Instant at, String kind, String actor, List<String> ticketIds, String payloadJson)
            throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("a log row is appended inside inTransaction, or the head would go astray");
        }
        LogHead previous = pending != null ? pending : head;
        long seq = previous.seq() + 1;
        String atText = Rows.text(at);
        String day = LocalDate.ofInstant(at, hallZone).toString();
        String ids = EventJson.array(ticketIds);
        String hash = EventChain.hash(previous.hash(), seq, atText, day, kind, actor, ids, payloadJson);
        PreparedStatement s = prepared(Sql.INSERT_EVENT);
        s.setLong(1, seq);
        s.setString(2, atText);
        s.setString(3, day);
        s.setString(4, kind);
        s.setString(5, actor);
        s.setString(6, ids);
        s.setString(7, payloadJson);
        s.setString(8, previous.hash());
        s.setString(9, hash);
        s.executeUpdate();
        pending = new LogHead(seq, hash);
    }

    /**
     * The statements every event writes, prepared once per connection: preparing them again for each event
     * cost the desk about as much as running them.
     */
    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    private void write(HallEvent event) throws SQLException {
        appendLogRow(event.at(), event.kind().name(), event.actor(),
                event.tickets().stream().map(Ticket::id).toList(), EventJson.payload(event));
        PreparedStatement tickets = prepared(Sql.UPSERT_TICKET);
        for (Ticket ticket : event.tickets()) {
            Rows.bindTicket(tickets, ticket);
            tickets.executeUpdate();
        }
        PreparedStatement counters = prepared(Sql.UPSERT_COUNTER);
        for (Counter counter : event.counters()) {
            Rows.bindCounter(counters, counter);
            counters.executeUpdate();
        }
        if (event.rating() != null) {
            try (PreparedStatement s = connection.prepareStatement(Sql.INSERT_RATING)) {
                Rows.bindRating(s, event.rating());
                s.executeUpdate();
            }
            Optional<Case> opened = caseOpener.open(event);
            if (opened.isPresent()) {
                appendLogRow(event.at(), "CASE_OPENED", event.actor(), List.of(opened.get().ticket()), CaseRows.payload(opened.get()));
                CaseRows.insert(connection, opened.get(), hallZone);
            }
        }
    }

    /** Today's tickets and every earlier one still waiting or called, in issue order; every stored window. */
    public StoredDay restore(LocalDate today) {
        try (PreparedStatement s = connection.prepareStatement(Sql.TICKETS_TO_RESTORE)) {
            s.setString(1, today.toString());
            s.setString(2, TicketStatus.WAITING.wire());
            s.setString(3, TicketStatus.CALLED.wire());
            return new StoredDay(tickets(s), counters(), lastEventDay());
        } catch (SQLException e) {
            throw new StoreException("cannot restore the hall day " + today + ": " + e.getMessage(), e);
        }
    }

    /**
     * When each window took the status it had last on that hall day (opened, paused, closed, freed),
     * from the event log: where a restarted hub starts counting a window's idle minutes.
     */
    public Map<String, Instant> statusTakenOn(LocalDate day) {
        try {
            Map<String, CounterStatus> status = new HashMap<>();
            Map<String, Instant> taken = new HashMap<>();
            for (WindowStatusChange change : ReportReader.changes(connection, Period.day(day))) {
                if (change.counter() != null && status.put(change.counter(), change.status()) != change.status()) {
                    taken.put(change.counter(), change.at());
                }
            }
            return taken;
        } catch (SQLException e) {
            throw new StoreException("cannot read the window changes of " + day + ": " + e.getMessage(), e);
        }
    }

    /** Every ticket issued on that hall day, in issue order. */
    public List<Ticket> ticketsOf(LocalDate day) {
        try (PreparedStatement s = connection.prepareStatement(Sql.TICKETS_OF_DAY)) {
            s.setString(1, day.toString());
            return tickets(s);
        } catch (SQLException e) {
            throw new StoreException("cannot read the tickets of " + day + ": " + e.getMessage(), e);
        }
    }

    /** The ratings of the tickets issued on that hall day, oldest first. */
    public List<Rating> ratingsOf(LocalDate day) {
        try (PreparedStatement s = connection.prepareStatement(Sql.RATINGS_OF_DAY)) {
            s.setString(1, day.toString());
            List<Rating> ratings = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ratings.add(Rows.rating(r));
                }
            }
            return ratings;
        } catch (SQLException e) {
            throw new StoreException("cannot read the ratings of " + day + ": " + e.getMessage(), e);
        }
    }

    /** How many events the audit log holds. */
    private LocalDate lastEventDay() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(Sql.LAST_EVENT_DAY)) {
            return r.next() ? LocalDate.parse(r.getString(1)) : null;
        }
    }

    public long eventCount() {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(Sql.COUNT_EVENTS)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count the events: " + e.getMessage(), e);
        }
    }

    public int schemaVersion() {
        try {
            return Migrations.version(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read the schema version: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
            statements.clear();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the hall database: " + e.getMessage(), e);
        }
    }

    private static List<Ticket> tickets(PreparedStatement s) throws SQLException {
        List<Ticket> tickets = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                tickets.add(Rows.ticket(r));
            }
        }
        return tickets;
    }

    private List<Counter> counters() throws SQLException {
        List<Counter> counters = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(Sql.ALL_COUNTERS)) {
            while (r.next()) {
                counters.add(Rows.counter(r));
            }
        }
        return counters;
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }

    private static String describe(HallEvent event) {
        Ticket ticket = event.ticket();
        return event.kind() + (ticket == null ? "" : " of ticket " + ticket.number());
    }
}
