package org.onewindow.tickets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.tickets.HallEvent.Kind;

/**
 * The hall's own chores, decided like any command and committed as audited events:
 * <ul>
 * <li>a new day: tickets of earlier days still waiting are cancelled and those still at a window
 *     completed (numbers restart, so yesterday's A001 must not be called beside today's), windows
 *     close until staff open them, and profiles return to the hall file's;</li>
 * <li>a hall file edited under stored data: waiting tickets of services it no longer has end.</li>
 * </ul>
 */
final class Housekeeping {
    static final String ACTOR = "hall";

    private Housekeeping() {
    }

    static Optional<HallEvent> dayEnd(HallState state, Instant now) {
        HallConfig config = state.config();
        LocalDate today = LocalDate.ofInstant(now, config.timezone());
        if (!state.day().isBefore(today)) {
            return Optional.empty();
        }
        List<Ticket> ended = new ArrayList<>();
        for (Ticket ticket : state.tickets()) {
            if (ticket.day().isBefore(today) && !ticket.status().isFinished()) {
                ended.add(ticket.finished(ticket.isWaiting() ? TicketStatus.CANCELLED : TicketStatus.COMPLETED, now));
            }
        }
        List<Counter> counters = new ArrayList<>();
        for (Counter counter : state.counters()) {
            CounterSpec spec = config.counter(counter.id()).orElseThrow();
            String last = counter.currentTicket() != null ? counter.currentTicket() : counter.lastTicket();
            counters.add(new Counter(counter.id(), CounterStatus.CLOSED, spec.profile(), spec.skills(), null, last, null));
        }
        return Optional.of(new HallEvent(Kind.DAY_ENDED, now, ACTOR + " (day ended " + state.day() + ")", ended, counters, null));
    }

    static Optional<HallEvent> removedServices(HallState state, Instant now) {
        List<Ticket> ended = new ArrayList<>();
        for (Ticket ticket : state.tickets()) {
            if (!ticket.status().isFinished() && state.config().service(ticket.service()).isEmpty()) {
                ended.add(ticket.finished(ticket.isWaiting() ? TicketStatus.CANCELLED : TicketStatus.COMPLETED, now));
            }
        }
        if (ended.isEmpty()) {
            return Optional.empty();
        }
        List<Counter> counters = new ArrayList<>();
        for (Counter counter : state.counters()) {
            if (ended.stream().anyMatch(t -> t.id().equals(counter.currentTicket()))) {
                counters.add(counter.done(counter.currentTicket()));
            }
        }
        return Optional.of(new HallEvent(Kind.HALL_FILE_CHANGED, now, ACTOR + " (service removed from the hall file)",
                ended, counters, null));
    }
}
