package org.onewindow.tickets;

import java.time.Instant;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.Optional;
import org.onewindow.hall.HallConfig;

/** What routing policies and wait estimators may read of the hall: never a way to change it. */
public interface HallView {
    HallConfig config();

    Instant now();

    Collection<Counter> counters();

    Optional<Counter> counter(String counterId);

    /** The service's waiting tickets in call order (including those transferred to one window). */
    NavigableSet<Ticket> waiting(String service);

    Optional<Ticket> ticket(String ticketId);

    /**
     * A number that changes with every change applied to the hall: what a forecast of it is cached by.
     * Negative for a view that has no versions (a forecast's own scratch view), which is never cached.
     */
    default long version() {
        return -1;
    }
}
