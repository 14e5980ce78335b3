package org.onewindow.store;

import java.time.LocalDate;
import java.util.List;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.Ticket;

/**
 * What a restarting hub gives {@code Hall.restore}: today's tickets plus every earlier one still
 * waiting or called (in issue order), every stored window, and the hall day of the last event
 * (null for a new database), so a hub restarted on a later day ends the earlier one first.
 */
public record StoredDay(List<Ticket> tickets, List<Counter> counters, LocalDate lastDay) {
    public StoredDay {
        tickets = List.copyOf(tickets);
        counters = List.copyOf(counters);
    }
}
