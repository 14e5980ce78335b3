package org.onewindow.store;

import java.util.List;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.Ticket;

/**
 * What a restarting hub gives {@code Hall.restore}: today's tickets plus every earlier one still
 * waiting or called (in issue order), and every stored window.
 */
public record StoredDay(List<Ticket> tickets, List<Counter> counters) {
    public StoredDay {
        tickets = List.copyOf(tickets);
        counters = List.copyOf(counters);
    }
}
