package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.MutableClock;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.Ticket;
import org.onewindow.tickets.TicketStatus;
import org.onewindow.tickets.Priority;

/** The event log's hash chain: what an intact log looks like, and how each kind of tampering is named. */
class EventLogCheckTest {
    private static final int ROWS = 10;

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(TestHall.MORNING, TestHall.ZONE);
    private final Hall hall = TestHall.hall(clock);
    private LogHead headAfterTen;

    @BeforeEach
    void tenTickets() {
        issue(ROWS);
    }

    private void issue(int count) {
        try (HallStore store = HallStore.open(dataDir, TestHall.ZONE)) {
            for (int i = 0; i < count; i++) {
                clock.advance(Duration.ofSeconds(41));
                TestHall.commit(store, hall, hall.issue(TestHall.COMMERCE, Priority.NORMAL, Channel.KIOSK, "zh"));
            }
            headAfterTen = headAfterTen == null ? store.logHead() : headAfterTen;
        }
    }

    private EventLogCheck.Report check() {
        return EventLogCheck.check(dataDir, null);
    }

    /** Raw SQL on the file, the way someone with the file and sqlite3 would: the triggers dropped first. */
    private void tamper(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(HallStore.FILE_NAME));
             Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER IF EXISTS events_no_update");
            s.executeUpdate("DROP TRIGGER IF EXISTS events_no_delete");
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    private EventChain.Row row(long seq) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(HallStore.FILE_NAME));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery(Sql.LOG_ROWS.replace("ORDER BY", "WHERE seq = " + seq + " ORDER BY"))) {
            assertThat(r.next()).isTrue();
            return EventChain.row(r);
        }
    }

    /** Rewrites a row's payload and stores the hash the public algorithm gives it: a row "rehashed". */
    private void rewriteAndRehash(long seq, String payload) throws Exception {
        EventChain.Row old = row(seq);
        String hash = EventChain.hash(old.prevHash(), seq, old.at(), old.day(), old.kind(), old.actor(), old.ticketIds(), payload);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(HallStore.FILE_NAME));
             Statement drop = c.createStatement();
             PreparedStatement s = c.prepareStatement("UPDATE events SET payload = ?, hash = ? WHERE seq = ?")) {
            drop.executeUpdate("DROP TRIGGER IF EXISTS events_no_update");
            s.setString(1, payload);
            s.setString(2, hash);
            s.setLong(3, seq);
            s.executeUpdate();
        }
    }

    @Test
    void anIntactLogVerifiesAndEndsAtTheStoresHead() {
        EventLogCheck.Report report = check();

        assertThat(report.intact()).isTrue();
        assertThat(report.rowsChecked()).isEqualTo(ROWS);
        assertThat(report.head()).isEqualTo(headAfterTen);
        assertThat(report.head().hash()).matches("[0-9a-f]{64}");
        assertThat(report.line()).isEqualTo("event log intact: 10 rows checked, last seq 10, head " + headAfterTen.hash());
    }

    /** Group commit: the rows of one transaction chain one after another; a failed group leaves the head alone. */
    @Test
    void aGroupChainsItsRowsInOrderAndAFailedGroupKeepsTheHead() {
        try (HallStore store = HallStore.open(dataDir, TestHall.ZONE)) {
            java.util.List<HallEvent> group = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                clock.advance(Duration.ofSeconds(3));
                HallEvent issued = hall.issue(TestHall.COMMERCE, Priority.NORMAL, Channel.KIOSK, "zh");
                hall.stage(issued); // the next ticket is decided against a hall that has this one
                group.add(issued);
            }
            store.appendAll(group);
            hall.settle();
            assertThat(store.logHead().seq()).isEqualTo(headAfterTen.seq() + 5);
            assertThat(store.eventCount()).isEqualTo(ROWS + 5);
            LogHead afterGroup = store.logHead();

            Ticket nameless = new Ticket(null, TestHall.DAY, "A099", TestHall.COMMERCE, Priority.NORMAL, Channel.KIOSK,
                    "zh", TicketStatus.WAITING, 99, null, null, clock.instant(), null, null, 0, 0, false, "key-99");
            HallEvent good = hall.issue(TestHall.COMMERCE, Priority.NORMAL, Channel.KIOSK, "zh");
            assertThatThrownBy(() -> store.appendAll(List.of(good, new HallEvent(HallEvent.Kind.TICKET_ISSUED,
                    clock.instant(), "kiosk", List.of(nameless), List.of(), null)))).isInstanceOf(StoreException.class);
            assertThat(store.logHead()).isEqualTo(afterGroup);
            assertThat(store.eventCount()).isEqualTo(ROWS + 5);
        }
        issue(2);
        assertThat(check().line()).startsWith("event log intact: 17 rows checked, last seq 17, head ");
    }

    @Test
    void theChainRunsOnAcrossRestartsAndAFailedAppend() {
        try (HallStore store = HallStore.open(dataDir, TestHall.ZONE)) {
            assertThat(store.logHead()).isEqualTo(headAfterTen);
            // The log row goes in first; the nameless ticket after it fails, and the log row with it.
            Ticket nameless = new Ticket(null, TestHall.DAY, "A099", TestHall.COMMERCE, Priority.NORMAL, Channel.KIOSK,
                    "zh", TicketStatus.WAITING, 99, null, null, clock.instant(), null, null, 0, 0, false, "key-99");
            assertThatThrownBy(() -> store.append(new HallEvent(HallEvent.Kind.TICKET_ISSUED, clock.instant(), "kiosk",
                    List.of(nameless), List.of(), null)))
                    .isInstanceOf(StoreException.class);
            assertThat(store.logHead()).isEqualTo(headAfterTen);
        }
        issue(3);
        assertThat(check().line()).startsWith("event log intact: 13 rows checked, last seq 13, head ");
    }

    @Test
    void aChangedRowIsNamed() throws Exception {
        tamper("UPDATE events SET payload = replace(payload, 'A005', 'A500') WHERE seq = 5");

        EventLogCheck.Report report = check();

        assertThat(report.intact()).isFalse();
        assertThat(report.rowsChecked()).isEqualTo(4);
        assertThat(report.line()).isEqualTo("event log broken: row 5 was changed: its content no longer matches its hash");
    }

    @Test
    void aRemovedRowIsNamed() throws Exception {
        tamper("DELETE FROM events WHERE seq = 5");

        assertThat(check().line()).isEqualTo("event log broken: row 5 is missing (removed)");
    }

    @Test
    void removedRowsAtTheEndAreNamed() throws Exception {
        tamper("DELETE FROM events WHERE seq >= 9");

        EventLogCheck.Report report = check();

        assertThat(report.intact()).isFalse();
        assertThat(report.line()).isEqualTo("event log broken: rows 9 to 10 are missing (removed) at the end: the log had reached seq 10");
    }

    @Test
    void aRowInsertedAroundTheHubIsNamed() throws Exception {
        // No trigger refuses an insert: a plain INSERT gets the next seq, but no hash.
        tamper("INSERT INTO events (at, day, kind, actor, ticket_ids, payload)"
                + " SELECT at, day, kind, 'kiosk', ticket_ids, payload FROM events WHERE seq = 10");

        assertThat(check().line()).isEqualTo("event log broken: row 11 was inserted: it has no hash (written around the hub)");
    }

    @Test
    void aRowInsertedWithAPlausibleSeqAndHashIsNamed() throws Exception {
        // Rows 6.. move up one to make room; the forged row 6 is chained onto row 5 by the public algorithm.
        EventChain.Row five = row(5);
        String payload = five.payload().replace("A005", "A099");
        String hash = EventChain.hash(five.hash(), 6, five.at(), five.day(), five.kind(), five.actor(), five.ticketIds(), payload);
        tamper("UPDATE events SET seq = -seq WHERE seq > 5",
                "UPDATE events SET seq = 1 - seq WHERE seq < 0",
                "INSERT INTO events (seq, at, day, kind, actor, ticket_ids, payload, prev_hash, hash) VALUES (6, '"
                        + five.at() + "', '" + five.day() + "', '" + five.kind() + "', '" + five.actor() + "', '"
                        + five.ticketIds() + "', '" + payload + "', '" + five.hash() + "', '" + hash + "')");

        assertThat(check().line()).isEqualTo("event log broken: row 6 was inserted: the row after it follows row 5");
    }

    @Test
    void swappedRowsAreNamed() throws Exception {
        tamper("UPDATE events SET seq = -4 WHERE seq = 4",
                "UPDATE events SET seq = 4 WHERE seq = 5",
                "UPDATE events SET seq = 5 WHERE seq = -4");

        assertThat(check().line()).isEqualTo("event log broken: rows 4 and 5 were reordered (swapped)");
    }

    @Test
    void aChangedAndRehashedRowIsFoundAtTheRowAfterIt() throws Exception {
        rewriteAndRehash(5, row(5).payload().replace("A005", "A500"));

        assertThat(check().line()).isEqualTo("event log broken: row 6 does not follow row 5: row 5 was changed and its"
                + " hash recomputed, or a row was removed before 6 or 6 was inserted");
    }

    @Test
    void aWholeRewriteIsFoundOnlyAgainstAHeadKeptElsewhere() throws Exception {
        // Whoever rewrites row 3 and recomputes every hash after it leaves a chain that holds together...
        String prev = row(2).hash();
        for (long seq = 3; seq <= ROWS; seq++) {
            EventChain.Row old = row(seq);
            String payload = seq == 3 ? old.payload().replace("A003", "A300") : old.payload();
            String hash = EventChain.hash(prev, seq, old.at(), old.day(), old.kind(), old.actor(), old.ticketIds(), payload);
            tamper("UPDATE events SET payload = '" + payload + "', prev_hash = '" + prev + "', hash = '" + hash
                    + "' WHERE seq = " + seq);
            prev = hash;
        }
        assertThat(check().intact()).isTrue();

        // ...but not the head hash written down before.
        EventLogCheck.Report pinned = EventLogCheck.check(dataDir, headAfterTen.hash());
        assertThat(pinned.intact()).isFalse();
        assertThat(pinned.line()).isEqualTo("event log broken: the pinned head " + headAfterTen.hash()
                + " is not in the log: rows up to it were rewritten (every hash recomputed) or removed");
    }

    @Test
    void aPinnedHeadIsFoundAfterLaterRows() {
        issue(2);

        EventLogCheck.Report report = EventLogCheck.check(dataDir, headAfterTen.hash().toUpperCase());

        assertThat(report.intact()).isTrue();
        assertThat(report.line()).endsWith("last seq 12, head " + report.head().hash() + ", pinned head found at seq 10");
    }

    @Test
    void noDatabaseIsRefused() {
        assertThatThrownBy(() -> EventLogCheck.check(dataDir.resolve("nowhere"), null))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("no hall database at ");
    }
}
