package org.onewindow.hub;

import java.util.Optional;
import org.onewindow.cases.Case;
import org.onewindow.cases.CaseOpening;
import org.onewindow.hall.HallConfig;
import org.onewindow.store.HallStore;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.Rating;
import org.onewindow.tickets.Ticket;

/**
 * Opens the 差评 case of a rating of 1 or 2 inside the rating's own transaction, on the desk's thread
 * (before the hall applies the rating, which changes no window): a rating is never stored without its case.
 *
 * <p>The clerk is whoever held the window when it served the ticket: the window's holder while the window
 * still shows that ticket (a rating from the pad), else the staff member who called it, from the event log
 * (a rating from a phone, later in the day). A call made by a device names no clerk.
 */
final class BadRatingCases implements HallStore.CaseOpener {
    private final Hall hall;
    private final HallStore store;
    private final HallConfig config;

    BadRatingCases(Hall hall, HallStore store) {
        this.hall = hall;
        this.store = store;
        this.config = hall.view().config();
    }

    @Override
    public Optional<Case> open(HallEvent rated) {
        Rating rating = rated.rating();
        if (rating == null || !CaseOpening.opens(rating)) {
            return Optional.empty();
        }
        Ticket ticket = rated.ticket();
        return CaseOpening.of(rating, ticket.number(), clerk(ticket), config.reports().calendar(), config.timezone());
    }

    private String clerk(Ticket ticket) {
        Optional<Counter> window = ticket.counter() == null ? Optional.empty() : hall.view().counter(ticket.counter());
        if (window.isPresent() && window.get().staff() != null
                && (ticket.id().equals(window.get().lastTicket()) || ticket.id().equals(window.get().currentTicket()))) {
            return window.get().staff();
        }
        return store.callerOf(ticket.id(), ticket.day()).filter(id -> config.staffMember(id).isPresent()).orElse(null);
    }
}
