package org.onewindow.tickets;

import java.time.Instant;
import java.util.List;

/**
 * One decided change to the hall: what happened and the resulting tickets and counters.
 * Carrying the resulting state makes applying, storing and replaying an event trivial and exact.
 */
public record HallEvent(Kind kind, Instant at, String actor, List<Ticket> tickets, List<Counter> counters,
                        Rating rating) {
    public enum Kind {
        TICKET_ISSUED, TICKET_CALLED, TICKET_RECALLED, TICKET_COMPLETED, TICKET_NO_SHOW, TICKET_CANCELLED,
        TICKET_TRANSFERRED, TICKET_RATED, COUNTER_OPENED, COUNTER_PAUSED, COUNTER_CLOSED, PROFILE_CHANGED,
        /** A new hall day: earlier days' tickets end, windows close, profiles return to the hall file's. */
        DAY_ENDED,
        /** The hall file changed under stored data: tickets of removed services end. */
        HALL_FILE_CHANGED,
        /** A manager took a window another staff member held; the actor names both. */
        COUNTER_TAKEN_OVER,
        /** A staff member signed out: the windows they held are freed (paused where a visitor is at one). */
        COUNTERS_RELEASED
    }

    public HallEvent {
        tickets = List.copyOf(tickets);
        counters = List.copyOf(counters);
    }

    /** The ticket this event is about: the last one it changed (a call that first completes the current one lists both). */
    public Ticket ticket() {
        return tickets.isEmpty() ? null : tickets.get(tickets.size() - 1);
    }

    public Counter counter() {
        return counters.isEmpty() ? null : counters.get(0);
    }

    public boolean announces() {
        return kind == Kind.TICKET_CALLED || kind == Kind.TICKET_RECALLED;
    }
}
