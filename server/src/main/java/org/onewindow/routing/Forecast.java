package org.onewindow.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.tickets.CallOrder;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.HallView;
import org.onewindow.tickets.Ticket;

/**
 * Plays the hall forward from now with the real routing policy and expected (or drawn) service times, with no
 * further arrivals, until one ticket is called: how long it would wait and how many go before it.
 * Because the policy itself decides every call, the forecast knows how the policy shares windows
 * between lines (cross-trained help, short-matter credit, the age cap) without copying its logic.
 */
final class Forecast implements HallView {
    /** A forecast stops after this many calls: a ticket no window will call gets no forecast. */
    static final int MAX_STEPS = 5000;
    private final HallView hall;
    private final RoutingPolicy policy;
    private final Pace pace;
    private final SplittableRandom random;
    private final double slowdown;
    private final Map<String, TreeSet<Ticket>> waiting = new HashMap<>();
    private final Map<String, Counter> counters = new LinkedHashMap<>();
    private final Map<String, Double> freeAt = new LinkedHashMap<>();
    private Instant now;

    /**
     * @param pace     how long calls hold a window at full speed
     * @param slowdown how much longer a window takes outside its profile
     * @param random   draws plausible service times; null plays expected times
     */
    Forecast(HallView hall, RoutingPolicy policy, Pace pace, double slowdown, SplittableRandom random) {
        this.hall = hall;
        this.policy = policy;
        this.pace = pace;
        this.random = random;
        this.slowdown = slowdown;
        this.now = hall.now();
        for (ServiceSpec service : hall.config().services()) {
            TreeSet<Ticket> line = new TreeSet<>(CallOrder.PRIORITY_THEN_OLDEST);
            line.addAll(hall.waiting(service.id()));
            waiting.put(service.id(), line);
        }
        for (Counter counter : hall.counters()) {
            if (!counter.isOpen()) {
                continue;
            }
            counters.put(counter.id(), counter);
            double remaining = 0;
            if (counter.currentTicket() != null) {
                Ticket current = hall.ticket(counter.currentTicket()).orElse(null);
                if (current != null && current.calledAt() != null) {
                    ServiceSpec service = hall.config().service(current.service()).orElseThrow();
                    double speed = counter.serves(service.id()) ? 1 : slowdown;
                    remaining = speed * pace.remaining(service, minutesBetween(current.calledAt(), now) / speed, random);
                }
            }
            freeAt.put(counter.id(), remaining);
        }
    }

    /**
     * Minutes until the ticket is called and the tickets called before it by the windows that may call it;
     * empty if no open window would call it.
     */
    Optional<WaitEstimate> until(Ticket target) {
        Instant start = now;
        if (counters.values().stream().noneMatch(c -> c.canServe(target.service()))) {
            return Optional.empty();
        }
        waiting.get(target.service()).add(target);
        List<String> parked = new ArrayList<>();
        int ahead = 0;
        for (int step = 0; step < MAX_STEPS; step++) {
            String next = null;
            for (Map.Entry<String, Double> window : freeAt.entrySet()) {
                if (!parked.contains(window.getKey())
                        && (next == null || window.getValue() < freeAt.get(next))) {
                    next = window.getKey();
                }
            }
            if (next == null) {
                return Optional.empty();
            }
            now = start.plusNanos((long) (freeAt.get(next) * 60e9));
            Counter counter = counters.get(next).serving(null);
            counters.put(next, counter);
            Optional<Ticket> called = policy.next(counter, this);
            if (called.isEmpty()) {
                parked.add(next);
                continue;
            }
            Ticket ticket = called.get();
            if (ticket.id().equals(target.id())) {
                return Optional.of(new WaitEstimate(ahead, minutesBetween(target.issuedAt(), now)));
            }
            // Only what the windows that may call this ticket call first is "ahead" of it (CONTRACT §3):
            // the queue at a window that never serves its matter does not stand before the visitor.
            if (counter.canServe(target.service())) {
                ahead++;
            }
            waiting.get(ticket.service()).remove(ticket);
            counters.put(next, counter.serving(ticket.id()));
            ServiceSpec service = hall.config().service(ticket.service()).orElseThrow();
            double hold = pace.hold(service, random) * (counter.serves(service.id()) ? 1 : slowdown);
            freeAt.put(next, freeAt.get(next) + hold);
        }
        return Optional.empty();
    }

    static double minutesBetween(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 60e9;
    }

    @Override
    public HallConfig config() {
        return hall.config();
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public Collection<Counter> counters() {
        return Collections.unmodifiableCollection(counters.values());
    }

    @Override
    public Optional<Counter> counter(String counterId) {
        return Optional.ofNullable(counters.get(counterId));
    }

    @Override
    public NavigableSet<Ticket> waiting(String service) {
        TreeSet<Ticket> line = waiting.get(service);
        return line == null ? Collections.emptyNavigableSet() : Collections.unmodifiableNavigableSet(line);
    }

    @Override
    public Optional<Ticket> ticket(String ticketId) {
        return hall.ticket(ticketId);
    }
}
