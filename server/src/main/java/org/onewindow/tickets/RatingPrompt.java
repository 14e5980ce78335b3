package org.onewindow.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which visitor a window's rating pad may ask, and for how long. The pad stands at the window, so it
 * must rate the visitor in front of it and no one else:
 *
 * <ul>
 *   <li>A prompt starts when the window completes a ticket (a "complete", or a "call" that first
 *       completes the ticket in service). A no-show or a transfer starts none.</li>
 *   <li>It ends at the first of: the ticket is rated; {@link #OPEN_FOR} after the completion (a pad
 *       switched on later never asks about a visitor who has long gone); {@link #NEXT_VISITOR_GRACE}
 *       after the window calls its next visitor (the one who finished may still be at the pad while the
 *       next walks up, but not once they have sat down).</li>
 * </ul>
 *
 * The same rule answers what the pad shows and whether a pad's rating is accepted.
 */
public final class RatingPrompt {
    public static final Duration OPEN_FOR = Duration.ofMinutes(3);
    public static final Duration NEXT_VISITOR_GRACE = Duration.ofSeconds(20);

    private RatingPrompt() {
    }

    /** The ticket the window's pad may ask about now, with the moment its prompt ends. */
    public static Optional<Open> of(Counter counter, HallView hall) {
        Instant now = hall.now();
        if (counter.lastTicket() == null) {
            return Optional.empty();
        }
        Ticket finished = hall.ticket(counter.lastTicket()).orElse(null);
        if (finished == null || finished.status() != TicketStatus.COMPLETED || finished.rated()
                || finished.completedAt() == null || !counter.id().equals(finished.counter())) {
            return Optional.empty();
        }
        Instant ends = finished.completedAt().plus(OPEN_FOR);
        Ticket next = counter.currentTicket() == null ? null : hall.ticket(counter.currentTicket()).orElse(null);
        if (next != null && next.calledAt() != null && !next.calledAt().isBefore(finished.completedAt())) {
            Instant seated = next.calledAt().plus(NEXT_VISITOR_GRACE);
            ends = seated.isBefore(ends) ? seated : ends;
        }
        return now.isBefore(ends) ? Optional.of(new Open(finished, ends)) : Optional.empty();
    }

    /** An open prompt: the ticket to rate and when the pad stops asking. */
    public record Open(Ticket ticket, Instant endsAt) {
    }
}
