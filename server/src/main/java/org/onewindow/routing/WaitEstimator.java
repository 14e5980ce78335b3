package org.onewindow.routing;

import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.HallView;
import org.onewindow.tickets.Ticket;

/** Estimates a waiting (or about to be issued) ticket's wait from the hall as it stands. */
public interface WaitEstimator {
    WaitEstimate estimate(Ticket ticket, HallView hall);

    /** Learns from what happened; called after every applied event. */
    default void observe(HallEvent event, HallView hall) {
    }
}
