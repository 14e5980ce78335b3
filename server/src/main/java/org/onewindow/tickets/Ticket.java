package org.onewindow.tickets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One visitor's place in the hall. Immutable: every change makes a new ticket.
 *
 * @param day             hall-time date of issue; numbers are unique within a day
 * @param order           place in time: a hall-wide issue sequence that transfers keep
 * @param counter         the window that called it (or last called it)
 * @param targetCounter   a window it was transferred to and waits for, or null
 * @param estimateMinutes wait estimate given at issue, kept to measure its error and to keep the promise
 *                        ({@link #UNTOLD} for a visitor a forecast imagines, who was told nothing)
 * @param key             the secret given only to whoever took the ticket: the id is public (boards,
 *                        events), so acting for the visitor (cancel, rate, the full view) needs the key
 */
public record Ticket(String id, LocalDate day, String number, String service, Priority priority,
                     Channel channel, String language, TicketStatus status, long order,
                     String counter, String targetCounter, Instant issuedAt, Instant calledAt,
                     Instant completedAt, int recalls, double estimateMinutes, boolean rated,
                     String key) {
    /** The estimate of a ticket nobody was told anything (a forecast's imagined visitor): it counts as on time. */
    public static final double UNTOLD = Double.NaN;

    /** Whether {@code candidate} is this ticket's key; compared in constant time, so timing tells nothing. */
    public boolean opensWith(String candidate) {
        return key != null && candidate != null && MessageDigest.isEqual(
                key.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isWaiting() {
        return status == TicketStatus.WAITING;
    }

    public Ticket calledBy(String counterId, Instant at) {
        return new Ticket(id, day, number, service, priority, channel, language, TicketStatus.CALLED, order,
                counterId, null, issuedAt, at, null, recalls, estimateMinutes, rated, key);
    }

    public Ticket recalled() {
        return new Ticket(id, day, number, service, priority, channel, language, status, order,
                counter, targetCounter, issuedAt, calledAt, completedAt, recalls + 1, estimateMinutes, rated, key);
    }

    public Ticket finished(TicketStatus end, Instant at) {
        return new Ticket(id, day, number, service, priority, channel, language, end, order,
                counter, null, issuedAt, calledAt, at, recalls, estimateMinutes, rated, key);
    }

    /** Back to waiting, in a new service or for one window, keeping number and place in time. */
    public Ticket transferred(String toService, String toCounter) {
        return new Ticket(id, day, number, toService, priority, channel, language, TicketStatus.WAITING, order,
                counter, toCounter, issuedAt, null, null, recalls, estimateMinutes, rated, key);
    }

    public Ticket markRated() {
        return new Ticket(id, day, number, service, priority, channel, language, status, order,
                counter, targetCounter, issuedAt, calledAt, completedAt, recalls, estimateMinutes, true, key);
    }
}
