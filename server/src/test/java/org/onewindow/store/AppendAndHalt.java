package org.onewindow.store;

import java.nio.file.Path;
import java.time.Clock;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.Priority;

/**
 * Run in a child JVM by {@link HallStoreCrashTest}: issues tickets, printing each one only after its
 * commit, then stops dead without closing the store, as a power cut would. Count -1 issues until killed.
 */
public final class AppendAndHalt {
    private AppendAndHalt() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        HallStore store = HallStore.open(dataDir, TestHall.ZONE);
        Hall hall = TestHall.hall(Clock.fixed(TestHall.MORNING, TestHall.ZONE));
        for (int i = 0; count < 0 || i < count; i++) {
            HallEvent issued = TestHall.commit(store, hall,
                    hall.issue(TestHall.COMMERCE, Priority.NORMAL, Channel.KIOSK, "zh"));
            System.out.println(issued.ticket().id() + " " + issued.ticket().number());
            System.out.flush();
        }
        Runtime.getRuntime().halt(0);
    }
}
