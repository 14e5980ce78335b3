package org.onewindow.events;

import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import java.util.function.Function;
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
    private final Function<HallEvent, String> audio;

    public HallBroadcast(EventBus bus, HallConfig config) {
        this(bus, config, event -> null);
    }

    /** @param audio the hub path of a call's spoken announcement (CONTRACT §8), or null where the hub has no voice */
    public HallBroadcast(EventBus bus, HallConfig config, Function<HallEvent, String> audio) {
        this.bus = bus;
        this.config = config;
        this.audio = audio;
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
        JsonObject body = new JsonObject()
                .put("ticket", ticket.id())
                .put("number", ticket.number())
                .put("service", ticket.service())
                .put("counter", ticket.counter())
                .put("counterName", Views.text(counterName))
                .put("recall", event.kind() == HallEvent.Kind.TICKET_RECALLED)
                .put("recalls", ticket.recalls())
                .put("language", ticket.language())
                .put("at", Views.time(event.at(), config));
        String path = audio.apply(event);
        if (path != null) {
            body.put("audio", path);
        }
        return body;
    }
}
