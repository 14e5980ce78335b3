package org.onewindow.routing;

import org.onewindow.tickets.Counter;
import org.onewindow.tickets.Ticket;

/** Whether a window may call a waiting ticket from its profile: transfers to one window bind the ticket to it. */
public final class Eligibility {
    private Eligibility() {
    }

    public static boolean inProfile(Counter counter, Ticket ticket) {
        if (ticket.targetCounter() != null) {
            return ticket.targetCounter().equals(counter.id());
        }
        return counter.serves(ticket.service());
    }
}
