package org.onewindow.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.routing.WaitEstimate;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.Ticket;

/** A ticket as visitors, kiosks and consoles see it (CONTRACT §3), with live ahead and estimate. */
public final class TicketView {
    private TicketView() {
    }

    /**
     * A ticket in a list (a window's queue): no live estimate, which plays the hall forward and would
     * cost one forecast per listed ticket. Safe on any thread: it reads only the ticket and the hall file.
     */
    public static JsonObject brief(Ticket ticket, HallConfig config) {
        ServiceSpec service = config.service(ticket.service()).orElse(null);
        return new JsonObject()
                .put("id", ticket.id())
                .put("number", ticket.number())
                .put("service", ticket.service())
                .put("serviceName", service == null ? null : Views.text(service.name()))
                .put("status", ticket.status().wire())
                .put("priority", ticket.priority().wire())
                .put("channel", ticket.channel().wire())
                .put("targetCounter", ticket.targetCounter())
                .put("issuedAt", Views.time(ticket.issuedAt(), config));
    }

    /** {@code [low, high]} in whole minutes: the 20th and 80th percentile of the waits the forecast expects. */
    static JsonArray range(WaitEstimate estimate) {
        int[] range = estimate.roundedRange();
        return new JsonArray().add(range[0]).add(range[1]);
    }

    /** The ticket's live page: where its QR code leads a phone. It carries the key, so the phone may act. */
    static String trackUrl(String baseUrl, Ticket ticket) {
        return baseUrl + "/t/" + ticket.id() + "?key=" + ticket.key();
    }

    /**
     * What anyone may see of a ticket by its id (CONTRACT §6): where it stands, nothing to act with.
     * Must run on the hall desk's thread.
     */
    public static JsonObject publicView(Ticket ticket, Hall hall) {
        HallConfig config = hall.view().config();
        WaitEstimate estimate = ticket.isWaiting() ? hall.estimate(ticket) : new WaitEstimate(0, 0);
        CounterSpec counter = ticket.counter() == null ? null : config.counter(ticket.counter()).orElse(null);
        return new JsonObject()
                .put("id", ticket.id())
                .put("number", ticket.number())
                .put("service", ticket.service())
                .put("status", ticket.status().wire())
                .put("ahead", estimate.ahead())
                .put("estimatedWaitMinutes", estimate.roundedMinutes())
                .put("counter", ticket.counter())
                .put("counterName", counter == null ? null : Views.text(counter.name()));
    }

    /**
     * The whole ticket, key and trackUrl included: only for whoever took it, showed its key, or is staff.
     * Must run on the hall desk's thread: it reads the live queues.
     */
    public static JsonObject of(Ticket ticket, Hall hall, String baseUrl) {
        HallConfig config = hall.view().config();
        ServiceSpec service = config.service(ticket.service()).orElse(null);
        return publicView(ticket, hall)
                .put("priority", ticket.priority().wire())
                .put("channel", ticket.channel().wire())
                .put("language", ticket.language())
                .put("served", !ticket.isWaiting() || hall.served(ticket.service()))
                .put("estimatedWaitRange", ticket.isWaiting() ? range(hall.estimate(ticket)) : null)
                .put("targetCounter", ticket.targetCounter())
                .put("issuedAt", Views.time(ticket.issuedAt(), config))
                .put("calledAt", Views.time(ticket.calledAt(), config))
                .put("completedAt", Views.time(ticket.completedAt(), config))
                .put("recalls", ticket.recalls())
                .put("rated", ticket.rated())
                .put("key", ticket.key())
                .put("trackUrl", trackUrl(baseUrl, ticket))
                .put("serviceName", service == null ? null : Views.text(service.name()))
                .put("materials", service == null ? null : Views.texts(service.materials()));
    }
}
