package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.store.TestHall.commit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.MutableClock;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Ticket;

class StoreBackupTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(TestHall.MORNING, TestHall.ZONE);

    @Test
    void theCopyOpensAsAHubDataDirectoryWithEveryTicketAndAnIntactLog() throws Exception {
        Path data = dir.resolve("data");
        List<Ticket> issued;
        LogHead head;
        try (HallStore store = HallStore.open(data, TestHall.ZONE)) {
            Hall hall = TestHall.hall(clock);
            for (int i = 0; i < 5; i++) {
                commit(store, hall, hall.issue(TestHall.TAX, Priority.NORMAL, Channel.KIOSK, "zh"));
            }
            issued = store.ticketsOf(TestHall.DAY);
            head = store.logHead();

            // Taken while the store is open, as the hub holds it.
            StoreBackup.Result result = StoreBackup.backup(data, dir.resolve("copies/monday.db"));

            assertThat(result.tickets()).isEqualTo(5);
            assertThat(result.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(result.log().intact()).isTrue();
            assertThat(result.log().head()).isEqualTo(head);
            assertThat(result.line()).contains("5 tickets").contains(head.hash());
        }
        Path restored = dir.resolve("restored");
        Files.createDirectories(restored);
        Files.copy(dir.resolve("copies/monday.db"), restored.resolve(HallStore.FILE_NAME));
        try (HallStore copy = HallStore.open(restored, TestHall.ZONE)) {
            assertThat(copy.ticketsOf(TestHall.DAY)).isEqualTo(issued);
            assertThat(copy.logHead()).isEqualTo(head);
        }
        assertThat(dir.resolve("copies/monday.db.part")).doesNotExist();
    }

    @Test
    void neverOverwritesAFileAndNeedsADatabase() throws Exception {
        Path data = dir.resolve("data");
        assertThatThrownBy(() -> StoreBackup.backup(data, dir.resolve("x.db")))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("no hall database at ");
        HallStore.open(data, TestHall.ZONE).close();
        Files.writeString(dir.resolve("taken.db"), "precious");

        assertThatThrownBy(() -> StoreBackup.backup(data, dir.resolve("taken.db")))
                .isInstanceOf(StoreException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(dir.resolve("taken.db"))).isEqualTo("precious");
    }
}
