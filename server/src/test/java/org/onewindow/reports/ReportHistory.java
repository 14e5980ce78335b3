package org.onewindow.reports;

import java.time.LocalDate;
import java.util.Set;
import org.onewindow.hall.HallConfig;
import org.onewindow.store.HallStore;

/** {@link HallHistory} for tests in other packages: seeded history written through a store. */
public final class ReportHistory {
    private ReportHistory() {
    }

    /** @return how many tickets were written */
    public static int write(HallStore store, HallConfig config, LocalDate from, LocalDate to, int perDay, Set<String> rareWindows) {
        HallHistory history = new HallHistory(config, 7, rareWindows);
        history.write(store, from, to, perDay);
        return history.tickets;
    }
}
