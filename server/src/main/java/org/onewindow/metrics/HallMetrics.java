package org.onewindow.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.Ticket;

/**
 * The hall's own Prometheus metrics: tickets issued and called, waiting per service, and how far
 * each called ticket's wait was from the estimate it was given at issue.
 */
public final class HallMetrics {
    private final Map<String, Counter> issued = new ConcurrentHashMap<>();
    private final Map<String, Counter> called = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> waiting = new ConcurrentHashMap<>();
    private final DistributionSummary estimateError;

    public HallMetrics(MeterRegistry registry, HallConfig config) {
        for (ServiceSpec service : config.services()) {
            issued.put(service.id(), Counter.builder("onewindow.tickets.issued").tag("service", service.id())
                    .description("Tickets issued").register(registry));
            called.put(service.id(), Counter.builder("onewindow.tickets.called").tag("service", service.id())
                    .description("Calls of a ticket to a window (a transferred ticket is called again)").register(registry));
            AtomicInteger line = new AtomicInteger();
            waiting.put(service.id(), line);
            Gauge.builder("onewindow.tickets.waiting", line, AtomicInteger::get).tag("service", service.id())
                    .description("Tickets waiting now").register(registry);
        }
        estimateError = DistributionSummary.builder("onewindow.wait.estimate.error.minutes")
                .description("|estimated wait at issue - actual wait| of every called ticket, minutes")
                .publishPercentiles(0.5, 0.9).register(registry);
    }

    /** Follows each committed event, with the number waiting per service right after it. */
    public void committed(HallEvent event, Map<String, Integer> waitingNow) {
        switch (event.kind()) {
            case TICKET_ISSUED -> count(issued, event.ticket());
            case TICKET_CALLED -> {
                Ticket ticket = event.ticket();
                count(called, ticket);
                double actual = Duration.between(ticket.issuedAt(), ticket.calledAt()).toMillis() / 60_000.0;
                estimateError.record(Math.abs(actual - ticket.estimateMinutes()));
            }
            default -> {
            }
        }
        waiting(waitingNow);
    }

    /** Sets the waiting gauges. */
    public void waiting(Map<String, Integer> waitingNow) {
        waitingNow.forEach((service, count) -> {
            AtomicInteger line = waiting.get(service);
            if (line != null) {
                line.set(count);
            }
        });
    }

    private static void count(Map<String, Counter> counters, Ticket ticket) {
        Counter counter = counters.get(ticket.service());
        if (counter != null) {
            counter.increment();
        }
    }
}
