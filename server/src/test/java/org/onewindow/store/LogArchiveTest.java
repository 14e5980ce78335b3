package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.store.TestHall.commit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.MutableClock;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.Priority;

class LogArchiveTest {
    private static final Instant JANUARY = Instant.parse("2025-01-06T01:30:00Z");
    private static final Instant MARCH = Instant.parse("2025-03-03T01:30:00Z");
    /** "Now" for the retention rule: April 2025, so with one month kept, March must stay and February may go. */
    private static final Clock APRIL = Clock.fixed(Instant.parse("2025-04-10T02:00:00Z"), TestHall.ZONE);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(JANUARY, TestHall.ZONE);

    /** Four tickets in January (rows 1–4), then three in March (rows 5–7). */
    private void twoMonths(HallStore store) {
        Hall hall = TestHall.hall(clock);
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(1));
            commit(store, hall, hall.issue(TestHall.TAX, Priority.NORMAL, Channel.KIOSK, "zh"));
        }
        clock.set(MARCH);
        Hall march = TestHall.hall(clock);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            commit(store, march, march.issue(TestHall.TAX, Priority.NORMAL, Channel.KIOSK, "zh"));
        }
    }

    @Test
    void oldMonthsLeaveTheLiveLogOnlyIntoACheckedArchiveAndBothChainsStillVerify() throws Exception {
        Path data = dir.resolve("data");
        Path archive = dir.resolve("archive-2025-01.db");
        try (HallStore store = HallStore.open(data, TestHall.ZONE)) {
            twoMonths(store);
            LogHead before = store.logHead();

            // The hub keeps running beside the archive.
            LogArchive.Result result = LogArchive.archive(data, YearMonth.of(2025, 3), archive, 1, APRIL, TestHall.ZONE);

            assertThat(result.throughSeq()).isEqualTo(4);
            assertThat(result.removed()).isEqualTo(4);
            assertThat(result.live().intact()).isTrue();
            assertThat(result.live().line()).isEqualTo("event log intact: 3 rows checked, last seq 7, head " + before.hash()
                    + ", starting after archived seq 4");
            assertThat(EventLogCheck.checkFile(archive, null).line())
                    .isEqualTo("event log intact: 7 rows checked, last seq 7, head " + before.hash());

            // The hub appends on as before, chained to the rows it already had.
            commit(store, TestHall.hall(clock), TestHall.hall(clock).setStatus("1", org.onewindow.tickets.CounterStatus.OPEN, "s01"));
            assertThat(EventLogCheck.check(data, null).intact()).isTrue();
        }
        assertThat(count(data, "SELECT count(*) FROM events")).isEqualTo(4);
        // Tickets are report data, not log rows: they stay.
        assertThat(count(data, "SELECT count(*) FROM tickets")).isEqualTo(7);
    }

    @Test
    void refusesMonthsInsideTheRetentionAndRowsNoArchiveCovers() throws Exception {
        Path data = dir.resolve("data");
        try (HallStore store = HallStore.open(data, TestHall.ZONE)) {
            twoMonths(store);
        }
        assertThatThrownBy(() -> LogArchive.archive(data, YearMonth.of(2025, 4), dir.resolve("a.db"), 1, APRIL, TestHall.ZONE))
                .isInstanceOf(StoreException.class)
                .hasMessage("the hall keeps 1 months of event log (retention.eventLogMonths): archive before 2025-03 or earlier, not 2025-04");
        assertThatThrownBy(() -> LogArchive.archive(data, YearMonth.of(2025, 1), dir.resolve("a.db"), 1, APRIL, TestHall.ZONE))
                .hasMessageStartingWith("nothing to archive");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(HallStore.FILE_NAME));
             Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM events WHERE seq = 1")).hasMessageContaining("append-only");
        }
    }

    @Test
    void aHubReopenedAfterEverythingWasArchivedChainsOnFromTheAnchor() {
        Path data = dir.resolve("data");
        LogHead head;
        try (HallStore store = HallStore.open(data, TestHall.ZONE)) {
            twoMonths(store);
            head = store.logHead();
        }
        LogArchive.archive(data, YearMonth.of(2025, 4), dir.resolve("all.db"), 0, APRIL, TestHall.ZONE);
        try (HallStore store = HallStore.open(data, TestHall.ZONE)) {
            assertThat(store.logHead()).isEqualTo(head);
            clock.set(Instant.parse("2025-03-04T01:30:00Z"));
            Hall hall = TestHall.hall(clock);
            commit(store, hall, hall.issue(TestHall.TAX, Priority.NORMAL, Channel.KIOSK, "zh"));
        }
        EventLogCheck.Report report = EventLogCheck.check(data, null);
        assertThat(report.line()).startsWith("event log intact: 1 rows checked, last seq 8").endsWith("starting after archived seq 7");
    }

    private static long count(Path data, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(HallStore.FILE_NAME));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
