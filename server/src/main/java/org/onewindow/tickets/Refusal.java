package org.onewindow.tickets;

/** Why the hall refused a command; the API turns the code into a 4xx. */
public enum Refusal {
    UNKNOWN_SERVICE, SERVICE_CLOSED, QUOTA_EXHAUSTED, UNKNOWN_TICKET, NOT_WAITING, NOT_SERVED, ALREADY_RATED,
    UNKNOWN_COUNTER, COUNTER_NOT_OPEN, NO_CURRENT_TICKET, TICKET_IN_SERVICE, OUTSIDE_SKILLS, BAD_REQUEST,
    /** The caller did not show the ticket's key (or is not the pad of the window that served it). */
    BAD_TICKET_KEY,
    /** A pad's rating after its prompt ended (RatingPrompt): the visitor has gone. */
    RATING_CLOSED,
    /** The window is held by another staff member (one clerk per window). */
    COUNTER_HELD
}
