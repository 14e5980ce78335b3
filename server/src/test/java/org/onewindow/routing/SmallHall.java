package org.onewindow.routing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.LocalText;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.hall.Timetable;
import org.onewindow.simulation.SimulatedClock;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.CounterStatus;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Ticket;

/**
 * A real hall on a hand-moved clock: services a (10 min), b (5 min), c (20 min); window 1 serves a
 * only, window 2 serves b and is cross-trained for everything, window 3 is comprehensive.
 */
final class SmallHall {
    static final Instant START = Instant.parse("2026-01-05T01:00:00Z");

    final SimulatedClock clock = new SimulatedClock(START, ZoneId.of("UTC"));
    final Hall hall;
    private long ids;

    SmallHall(RoutingPolicy policy, WaitEstimator estimator) {
        LocalText name = new LocalText("x", "x");
        HallConfig config = new HallConfig("small", name, ZoneId.of("UTC"), Timetable.ALWAYS,
                List.of(new ServiceSpec("a", "A", name, 10, null, List.of()),
                        new ServiceSpec("b", "B", name, 5, null, List.of()),
                        new ServiceSpec("c", "C", name, 20, null, List.of())),
                List.of(new CounterSpec("1", name, Set.of("a"), Set.of("a")),
                        new CounterSpec("2", name, Set.of("b"), Set.of("*")),
                        new CounterSpec("3", name, Set.of("*"), Set.of("*"))),
                List.of());
        hall = new Hall(config, clock, policy, estimator, () -> "t" + (++ids));
    }

    SmallHall(RoutingPolicy policy) {
        this(policy, new QueueLengthEstimator());
    }

    void at(double minutes) {
        clock.set(START.plusNanos((long) (minutes * 60e9)));
    }

    SmallHall open(String... counters) {
        for (String counter : counters) {
            hall.apply(hall.setStatus(counter, CounterStatus.OPEN, "staff"));
        }
        return this;
    }

    Ticket issue(String service, Priority priority) {
        HallEvent event = hall.issue(service, priority, Channel.KIOSK, "zh");
        hall.apply(event);
        return event.ticket();
    }

    Ticket issue(String service) {
        return issue(service, Priority.NORMAL);
    }

    /** The window calls through the hall (completing what it serves); null when it calls nothing. */
    Ticket call(String counter) {
        return hall.call(counter, "staff").map(event -> {
            hall.apply(event);
            return event.kind() == HallEvent.Kind.TICKET_CALLED ? event.ticket() : null;
        }).orElse(null);
    }

    void complete(String counter) {
        hall.apply(hall.complete(counter, "staff"));
    }
}
