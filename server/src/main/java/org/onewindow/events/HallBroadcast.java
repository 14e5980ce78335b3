package org.onewindow.events;

import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import org.onewindow.api.Views;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.LocalText;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.Ticket;

/** Publishes what boards, consoles and device agents follow: every call, and the hall after every change. */
public final class HallBroadcast {
    private final EventBus bus;
    private final HallConfig config;

    public HallBroadcast(EventBus bus, HallConfig config) {
        this.bus = bus;
        this.config = config;
    }

    /** Every call and recall goes out at once. */
    public void committed(HallEvent event) {
        if (event.announces()) {
            bus.publish(Addresses.HALL_CALLED, called(event));
        }
    }

    public void state(JsonObject state) {
        bus.publish(Addresses.HALL_STATE, state);
    }

    private JsonObject called(HallEvent event) {
        Ticket ticket = event.ticket();
        LocalText counterName = config.counter(ticket.counter()).map(CounterSpec::name).orElse(null);
        return new JsonObject()
                .put("ticket", ticket.id())
                .put("number", ticket.number())
                .put("service", ticket.service())
                .put("counter", ticket.counter())
                .put("counterName", Views.text(counterName))
                .put("recall", event.kind() == HallEvent.Kind.TICKET_RECALLED)
                .put("recalls", ticket.recalls())
                .put("language", ticket.language())
                .put("at", Views.time(event.at(), config));
    }
}
