package org.onewindow.store;

import org.onewindow.testing.MutableClock;
import org.onewindow.tickets.Proof;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.store.TestHall.COMMERCE;
import static org.onewindow.store.TestHall.DAY;
import static org.onewindow.store.TestHall.TAX;
import static org.onewindow.store.TestHall.commit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.CounterStatus;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Rating;
import org.onewindow.tickets.Ticket;
import org.onewindow.tickets.TicketStatus;

class HallStoreTest {
    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(TestHall.MORNING, TestHall.ZONE);
    private HallStore store;
    private Hall hall;

    @BeforeEach
    void open() {
        store = HallStore.open(dataDir, TestHall.ZONE);
        hall = TestHall.hall(clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A morning with every kind of change: calls, a recall, a rating, a transfer, a profile change. */
    private void busyMorning() {
        commit(store, hall, hall.setStatus("1", CounterStatus.OPEN, "s01"));
        commit(store, hall, hall.setStatus("2", CounterStatus.OPEN, "s02"));
        issue(COMMERCE, Priority.NORMAL);                      // A001
        issue(TAX, Priority.NORMAL);                           // B001
        issue(COMMERCE, Priority.PRIORITY);                    // A002
        issue(COMMERCE, Priority.NORMAL);                      // A003
        commit(store, hall, hall.call("1", "s01").orElseThrow()); // A002, priority first
        clock.advance(Duration.ofSeconds(90));
        Ticket b001 = commit(store, hall, hall.call("2", "s02").orElseThrow()).ticket();
        commit(store, hall, hall.recall("2", "s02"));
        clock.advance(Duration.ofMinutes(4));
        commit(store, hall, hall.complete("2", "s02"));
        commit(store, hall, hall.rate(b001.id(), new Proof.Key(b001.key()), 5, List.of("friendly"), "很快"));
        commit(store, hall, hall.call("1", "s01").orElseThrow()); // completes A002, calls A001
        commit(store, hall, hall.transfer("1", TAX, null, "s01")); // A001 waits again, for tax
        commit(store, hall, hall.changeProfile("2", Set.of(TAX, COMMERCE), "m01"));
    }

    private Ticket issue(String service, Priority priority) {
        clock.advance(Duration.ofSeconds(37));
        return commit(store, hall, hall.issue(service, priority, Channel.KIOSK, "zh")).ticket();
    }

    private StoredDay reopen() {
        store.close();
        store = HallStore.open(dataDir, TestHall.ZONE);
        return store.restore(DAY);
    }

    @Test
    void reopenedStoreRestoresTicketsAndCountersExactly() {
        busyMorning();

        StoredDay day = reopen();

        assertThat(day.tickets()).containsExactlyInAnyOrderElementsOf(hall.tickets());
        assertThat(day.counters()).containsExactlyInAnyOrderElementsOf(hall.view().counters());
        assertThat(day.tickets()).extracting(Ticket::number).containsExactly("A001", "B001", "A002", "A003");
        assertThat(day.tickets().get(0).issuedAt().getNano() % 1000).isNotZero(); // nanoseconds survived
        assertThat(store.eventCount()).isEqualTo(14);
    }

    @Test
    void restoredHallContinuesNumberingAndQueueOrder() {
        busyMorning();
        StoredDay day = reopen();
        Hall restored = TestHall.hall(clock);
        restored.restore(day.tickets(), day.counters(), day.lastDay());

        clock.advance(Duration.ofMinutes(1));
        assertThat(restored.issue(COMMERCE, Priority.NORMAL, Channel.KIOSK, "zh").ticket().number())
                .isEqualTo(hall.issue(COMMERCE, Priority.NORMAL, Channel.KIOSK, "zh").ticket().number())
                .isEqualTo("A004");
        assertThat(restored.issue(TAX, Priority.NORMAL, Channel.KIOSK, "zh").ticket().number()).isEqualTo("B002");
        // Window 1 serves everything: the transferred A001 kept its place ahead of A003.
        HallEvent next = commit(store, restored, restored.call("1", "s01").orElseThrow());
        assertThat(next.ticket().number()).isEqualTo("A001");
        assertThat(commit(store, restored, restored.call("2", "s02").orElseThrow()).ticket().number()).isEqualTo("A003");
    }

    @Test
    void restoreBringsBackEarlierDaysOnlyWhileTheyAreUnfinished() {
        commit(store, hall, hall.setStatus("1", CounterStatus.OPEN, "s01"));
        issue(COMMERCE, Priority.NORMAL);
        Ticket waiting = issue(COMMERCE, Priority.NORMAL);
        commit(store, hall, hall.call("1", "s01").orElseThrow());
        commit(store, hall, hall.complete("1", "s01"));
        clock.advance(Duration.ofDays(1));
        Ticket tomorrow = issue(TAX, Priority.NORMAL);

        StoredDay day = store.restore(DAY.plusDays(1));

        assertThat(day.tickets()).extracting(Ticket::id).containsExactly(waiting.id(), tomorrow.id());
        assertThat(tomorrow.number()).isEqualTo("B001");
        assertThat(store.ticketsOf(DAY)).extracting(Ticket::number).containsExactly("A001", "A002");
    }

    @Test
    void failedAppendLeavesNoPartialRows() {
        Ticket good = hall.issue(COMMERCE, Priority.NORMAL, Channel.KIOSK, "zh").ticket();
        Ticket nameless = new Ticket(null, DAY, "A002", COMMERCE, Priority.NORMAL, Channel.KIOSK, "zh",
                TicketStatus.WAITING, 2, null, null, clock.instant(), null, null, 0, 0, false, "key-2");
        HallEvent broken = new HallEvent(HallEvent.Kind.TICKET_ISSUED, clock.instant(), "kiosk",
                List.of(good, nameless), List.of(hall.counter("1").withStatus(CounterStatus.OPEN, "s01")), null);

        assertThatThrownBy(() -> store.append(broken))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("TICKET_ISSUED")
                .hasMessageContaining("NOT NULL");

        assertThat(store.eventCount()).isZero();
        assertThat(store.ticketsOf(DAY)).isEmpty();
        assertThat(store.restore(DAY).counters()).isEmpty();
        // The connection is back in auto-commit and takes the next event.
        commit(store, hall, hall.issue(COMMERCE, Priority.NORMAL, Channel.KIOSK, "zh"));
        assertThat(reopen().tickets()).extracting(Ticket::number).containsExactly("A001");
    }

    @Test
    void ratingsAreReadByTheirTicketsDayAndOnlyOncePerTicket() {
        commit(store, hall, hall.setStatus("1", CounterStatus.OPEN, "s01"));
        Ticket served = issue(COMMERCE, Priority.NORMAL);
        commit(store, hall, hall.call("1", "s01").orElseThrow());
        commit(store, hall, hall.complete("1", "s01"));
        HallEvent rated = commit(store, hall, hall.rate(served.id(), new Proof.Key(served.key()), 2, List.of("slow", "unclear"), null));

        assertThat(store.ratingsOf(DAY)).containsExactly(rated.rating());
        assertThat(store.ratingsOf(DAY.plusDays(1))).isEmpty();
        Rating again = new Rating(served.id(), COMMERCE, "1", 5, List.of(), null, clock.instant());
        HallEvent twice = new HallEvent(HallEvent.Kind.TICKET_RATED, clock.instant(), "visitor",
                List.of(hall.ticket(served.id())), List.of(), again);
        assertThatThrownBy(() -> store.append(twice)).isInstanceOf(StoreException.class);
        assertThat(store.ratingsOf(DAY)).extracting(Rating::score).containsExactly(2);
    }

    @Test
    void opensInWalModeAtTheLatestSchema() throws Exception {
        assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST).isEqualTo(7);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(HallStore.FILE_NAME));
             Statement s = other.createStatement();
             ResultSet mode = s.executeQuery("PRAGMA journal_mode")) {
            assertThat(mode.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void eventLogRefusesRewrites() throws Exception {
        commit(store, hall, hall.issue(COMMERCE, Priority.NORMAL, Channel.KIOSK, "zh"));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(HallStore.FILE_NAME));
             Statement s = other.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM events")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE events SET actor = 'x'")).hasMessageContaining("append-only");
        }
        assertThat(store.eventCount()).isEqualTo(1);
    }
}
