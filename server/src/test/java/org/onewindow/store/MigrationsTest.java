package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Rating;
import org.onewindow.tickets.Ticket;
import org.onewindow.tickets.TicketStatus;

class MigrationsTest {
    @TempDir
    Path dataDir;

    private static final Instant ISSUED = TestHall.MORNING;
    private static final Ticket SERVED = new Ticket("t-1", TestHall.DAY, "A001", TestHall.COMMERCE, Priority.NORMAL,
            Channel.KIOSK, "zh", TicketStatus.COMPLETED, 1, "1", null, ISSUED,
            ISSUED.plusSeconds(60), ISSUED.plusSeconds(600), 0, 7.5, false, "key-1");

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(HallStore.FILE_NAME));
    }

    @Test
    void brandNewFileComesUpAtTheLatestVersion() {
        try (HallStore store = HallStore.open(dataDir.resolve("new"), TestHall.ZONE)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(store.eventCount()).isZero();
        }
    }

    @Test
    void versionOneFileComesUpAtTheLatestVersionWithItsData() throws Exception {
        try (Connection v1 = connect()) {
            Migrations.migrate(v1, 1);
            // The row as a version-1 hub wrote it: no ticket_key column yet.
            try (Statement s = v1.createStatement()) {
                s.executeUpdate("INSERT INTO tickets (id, day, number, service, priority, channel, language, status,"
                        + " issue_order, counter, target_counter, issued_at, called_at, completed_at, recalls,"
                        + " estimate_minutes, rated) VALUES ('t-1', '" + TestHall.DAY + "', 'A001', '" + TestHall.COMMERCE
                        + "', 'normal', 'kiosk', 'zh', 'completed', 1, '1', NULL, '" + Rows.text(ISSUED) + "', '"
                        + Rows.text(ISSUED.plusSeconds(60)) + "', '" + Rows.text(ISSUED.plusSeconds(600)) + "', 0, 7.5, 0)");
            }
            try (Statement s = v1.createStatement()) {
                s.executeUpdate("INSERT INTO events (at, day, kind, actor, ticket_ids, payload)"
                        + " VALUES ('2025-03-03T01:30:00.123456789Z', '2025-03-03', 'TICKET_ISSUED', 'kiosk', '[\"t-1\"]', '{}')");
            }
            assertThat(Migrations.version(v1)).isEqualTo(1);
        }

        try (HallStore store = HallStore.open(dataDir, TestHall.ZONE)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
            // V3 gives a ticket stored before keys existed a fresh random key of its own.
            Ticket restored = store.ticketsOf(TestHall.DAY).get(0);
            assertThat(restored.key()).matches("[0-9a-f]{32}");
            assertThat(store.ticketsOf(TestHall.DAY)).containsExactly(withKey(SERVED, restored.key()));
            assertThat(store.eventCount()).isEqualTo(1);
            // V2's ratings table works with V1's tickets.
            Rating rating = new Rating("t-1", TestHall.COMMERCE, "1", 4, List.of("clear"), "谢谢", ISSUED.plusSeconds(700));
            store.append(new HallEvent(HallEvent.Kind.TICKET_RATED, rating.at(), "visitor",
                    List.of(SERVED.markRated()), List.of(), rating));
            assertThat(store.ratingsOf(TestHall.DAY)).containsExactly(rating);
        }
    }

    private static Ticket withKey(Ticket t, String key) {
        return new Ticket(t.id(), t.day(), t.number(), t.service(), t.priority(), t.channel(), t.language(), t.status(),
                t.order(), t.counter(), t.targetCounter(), t.issuedAt(), t.calledAt(), t.completedAt(), t.recalls(),
                t.estimateMinutes(), t.rated(), key);
    }

    @Test
    void versionTwoRowsAreChainedByTheUpgradeAndStayAppendOnly() throws Exception {
        try (Connection v2 = connect(); Statement s = v2.createStatement()) {
            Migrations.migrate(v2, 2);
            for (int i = 1; i <= 3; i++) {
                s.executeUpdate("INSERT INTO events (at, day, kind, actor, ticket_ids, payload) VALUES"
                        + " ('2025-03-03T01:3" + i + ":00.000000000Z', '2025-03-03', 'TICKET_ISSUED', 'kiosk',"
                        + " '[\"t-" + i + "\"]', '{\"n\":" + i + "}')");
            }
        }

        try (HallStore store = HallStore.open(dataDir, TestHall.ZONE)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST).isGreaterThanOrEqualTo(EventLogCheck.CHAINED_SINCE);
            assertThat(store.logHead().seq()).isEqualTo(3);
            store.append(new HallEvent(HallEvent.Kind.TICKET_ISSUED, ISSUED, "kiosk", List.of(SERVED), List.of(), null));
        }

        EventLogCheck.Report report = EventLogCheck.check(dataDir, null);
        assertThat(report.line()).startsWith("event log intact: 4 rows checked, last seq 4, head ");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            try (java.sql.ResultSet r = s.executeQuery("SELECT prev_hash, hash FROM events WHERE seq = 1")) {
                assertThat(r.getString(1)).isEqualTo(EventChain.GENESIS);
                assertThat(r.getString(2)).isEqualTo(EventChain.hash(EventChain.GENESIS, 1, "2025-03-03T01:31:00.000000000Z",
                        "2025-03-03", "TICKET_ISSUED", "kiosk", "[\"t-1\"]", "{\"n\":1}"));
            }
            assertThatThrownBy(() -> s.executeUpdate("UPDATE events SET hash = NULL, prev_hash = NULL WHERE seq = 1"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE events SET payload = '{}' WHERE seq = 2"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM events WHERE seq = 3")).hasMessageContaining("append-only");
        }
    }

    @Test
    void theUpgradeMayOnlyFillInTheHashOfAnUnchainedRow() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            Migrations.migrate(c, Migrations.LATEST);
            // A row written around the hub has no hash; the trigger still keeps its content as written.
            s.executeUpdate("INSERT INTO events (at, day, kind, actor, ticket_ids, payload)"
                    + " VALUES ('2025-03-03T01:30:00.000000000Z', '2025-03-03', 'TICKET_ISSUED', 'kiosk', '[]', '{}')");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE events SET actor = 'staff'")).hasMessageContaining("append-only");
        }
    }

    @Test
    void fileFromANewerHubIsRefused() throws Exception {
        try (Connection newer = connect(); Statement s = newer.createStatement()) {
            s.executeUpdate("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> HallStore.open(dataDir, TestHall.ZONE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("version 99");
    }

    @Test
    void triggerBodiesStayInOneStatement() {
        String script = """
                -- a comment
                CREATE TABLE a (x INTEGER);
                CREATE TRIGGER a_no_delete BEFORE DELETE ON a
                BEGIN
                    SELECT RAISE(ABORT, 'no');
                END;
                CREATE INDEX a_x ON a (x);
                """;
        assertThat(Migrations.statements(script)).hasSize(3)
                .element(1).asString().startsWith("CREATE TRIGGER").endsWith("END;");
    }
}
