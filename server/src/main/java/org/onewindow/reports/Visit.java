package org.onewindow.reports;

import java.time.Instant;
import java.time.LocalDate;
import org.onewindow.tickets.TicketStatus;

/**
 * What a report needs of one ticket, as the store keeps it: under the service it ended in and the
 * window that last called it (null when none did).
 */
public record Visit(LocalDate day, String counter, String service, TicketStatus status,
                    Instant issuedAt, Instant calledAt, Instant completedAt) {
    /** Completed: the contract's "served". */
    public boolean served() {
        return status == TicketStatus.COMPLETED;
    }

    public boolean noShow() {
        return status == TicketStatus.NO_SHOW;
    }

    /** Reached a window and still holds its call time (a transfer back to waiting clears it). */
    public boolean called() {
        return calledAt != null && (status == TicketStatus.CALLED || served() || noShow());
    }

    /** Minutes from issue to call; only for called visits. */
    public double waitMinutes() {
        return minutes(issuedAt, calledAt);
    }

    /** Minutes the visitor held the window: from the call to completion or no-show; 0 while still there. */
    public double windowMinutes() {
        return completedAt == null || calledAt == null ? 0 : minutes(calledAt, completedAt);
    }

    static double minutes(Instant from, Instant to) {
        return (to.toEpochMilli() - from.toEpochMilli()) / 60_000.0;
    }
}
