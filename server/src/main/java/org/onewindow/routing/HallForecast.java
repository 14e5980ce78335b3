package org.onewindow.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.SplittableRandom;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.HallView;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Ticket;
import org.onewindow.tickets.TicketStatus;

/**
 * The hall played forward once, for one version of it: {@link #SAMPLES} plausible futures (service times
 * and later arrivals drawn), each answering when every waiting ticket, and a newcomer at the back of every
 * line, would be called. Every ticket's
 * {@code ahead} and estimate, every service's estimate and every hall state read this one result, so
 * reading costs no play. Immutable: built on any thread, read on the hall's.
 */
public final class HallForecast {
    /**
     * Plausible futures played. Their service times are drawn stratified ({@link Strata}) and their percentiles read
     * Harrell–Davis ({@link SampleQuantiles}), which brings 15 futures close to what many more would give.
     */
    static final int SAMPLES = 15;
    private static final String NEWCOMER = "newcomer/";

    /** Minutes from the forecast's start until a call: the 20th, 50th and 80th percentile, and how many go first. */
    record Spread(int ahead, double low, double mid, double high) {
        Spread plus(double minutes, int more) {
            return new Spread(ahead + more, low + minutes, mid + minutes, high + minutes);
        }
    }

    private final long version;
    private final Instant at;
    /** Each waiting ticket as the play saw it (a ticket changed since is not this one) and its call. */
    private final Map<String, Ticket> seen;
    private final Map<String, Spread> tickets;
    /** Per service: a newcomer at the back of the line, and the first window with the line in its profile to be free. */
    private final Map<String, Spread> newcomers;
    private final Map<String, Spread> soonest;
    /** Per service: minutes one more ticket in the line adds (its hold shared by the windows serving it). */
    private final Map<String, Double> perTicket;

    private HallForecast(long version, Instant at, Map<String, Ticket> seen, Map<String, Spread> tickets,
                         Map<String, Spread> newcomers, Map<String, Spread> soonest, Map<String, Double> perTicket) {
        this.version = version;
        this.at = at;
        this.seen = seen;
        this.tickets = tickets;
        this.newcomers = newcomers;
        this.soonest = soonest;
        this.perTicket = perTicket;
    }

    /** Plays the hall (a snapshot: it must not change meanwhile) forward; the same hall and pace give the same result. */
    static HallForecast play(HallSnapshot hall, RoutingPolicy policy, Pace pace, double slowdown,
                             Map<String, double[]> arrivals) {
        Instant at = hall.now();
        List<Ticket> newcomerTickets = new ArrayList<>();
        for (ServiceSpec service : hall.config().services()) {
            newcomerTickets.add(new Ticket(NEWCOMER + service.id(), null, "-", service.id(), Priority.NORMAL, Channel.KIOSK,
                    "zh", TicketStatus.WAITING, Forecast.LATER, null, null, at, null, null, 0, 0, false, null));
        }
        SplittableRandom random = new SplittableRandom(hall.version() * 0x9E3779B97F4A7C15L + at.toEpochMilli());
        Map<String, double[]> minutes = new HashMap<>();
        Map<String, int[]> ahead = new HashMap<>();
        Map<String, double[]> free = new HashMap<>();
        Strata strata = new Strata(random.nextLong(), SAMPLES);
        for (int k = 0; k < SAMPLES; k++) {
            Forecast forecast = new Forecast(hall, policy, pace.inFuture(strata, k), slowdown, random.split())
                    .withArrivals(arrivals);
            for (ServiceSpec service : hall.config().services()) {
                free.computeIfAbsent(service.id(), s -> filled(SAMPLES))[k] = forecast.soonestFree(service.id());
            }
            Map<String, Forecast.Call> calls = forecast.playAll(newcomerTickets);
            int sample = k;
            calls.forEach((id, call) -> {
                minutes.computeIfAbsent(id, i -> filled(SAMPLES))[sample] = call.minutes();
                ahead.computeIfAbsent(id, i -> new int[SAMPLES])[sample] = call.ahead();
            });
        }
        Map<String, Ticket> seen = new HashMap<>();
        Map<String, Spread> tickets = new HashMap<>();
        Map<String, Spread> newcomers = new HashMap<>();
        for (Map.Entry<String, double[]> called : minutes.entrySet()) {
            Spread spread = spread(called.getValue(), ahead.get(called.getKey()));
            if (spread == null) {
                continue; // not called in every future: no forecast, as for a ticket no window calls
            }
            if (called.getKey().startsWith(NEWCOMER)) {
                newcomers.put(called.getKey().substring(NEWCOMER.length()), spread);
            } else {
                tickets.put(called.getKey(), spread);
                hall.ticket(called.getKey()).ifPresent(t -> seen.put(t.id(), t));
            }
        }
        Map<String, Spread> soonest = new HashMap<>();
        Map<String, Double> perTicket = new HashMap<>();
        for (ServiceSpec service : hall.config().services()) {
            Spread first = spread(free.get(service.id()), new int[SAMPLES]);
            if (first != null) {
                soonest.put(service.id(), first);
            }
            perTicket.put(service.id(), perTicket(hall, service, pace, slowdown));
        }
        return new HallForecast(hall.version(), at, seen, tickets, newcomers, soonest, perTicket);
    }

    private static double[] filled(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    private static Spread spread(double[] minutes, int[] ahead) {
        double[] sorted = minutes.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[sorted.length - 1])) {
            return null;
        }
        int[] counted = ahead.clone();
        Arrays.sort(counted);
        return new Spread(counted[counted.length / 2], SampleQuantiles.of(sorted, 0.2), SampleQuantiles.of(sorted, 0.5),
                SampleQuantiles.of(sorted, 0.8));
    }

    private static double perTicket(HallView hall, ServiceSpec service, Pace pace, double slowdown) {
        long home = hall.counters().stream().filter(c -> c.isOpen() && c.serves(service.id())).count();
        if (home > 0) {
            return pace.hold(service, null) / home;
        }
        long helping = hall.counters().stream().filter(c -> c.isOpen() && c.canServe(service.id())).count();
        return pace.hold(service, null) * slowdown / Math.max(1, helping);
    }

    long version() {
        return version;
    }

    Instant at() {
        return at;
    }

    /**
     * Minutes from the ticket's issue until its call (percentiles) and tickets called before it, as this play
     * sees it. A ticket taken (or changed) after the play is placed by its line: where the first ticket the
     * play saw behind it would be called, else a newcomer's call, plus one ticket's share of the line per
     * ticket that also came after the play and goes before it. Empty when no
     * open window would call it.
     */
    Optional<Spread> raw(Ticket ticket, HallView hall) {
        double sinceIssue = Forecast.minutesBetween(ticket.issuedAt(), at);
        Spread played = tickets.get(ticket.id());
        if (played != null && ticket.equals(seen.get(ticket.id()))) {
            return Optional.of(played.plus(sinceIssue, 0));
        }
        Spread base = ticket.priority() == Priority.PRIORITY ? soonest.get(ticket.service())
                : placeTaken(ticket, hall).orElse(newcomers.get(ticket.service()));
        if (base == null) {
            return Optional.empty();
        }
        int later = ticket.priority() == Priority.PRIORITY ? aheadOf(ticket, hall, true) : aheadOf(ticket, hall, false);
        // A ticket the play had as it was then (in another line, say), called before the base, is not ahead of itself.
        int itself = played != null && played.ahead() < base.ahead() ? 1 : 0;
        Spread placed = base.plus(later * perTicket.getOrDefault(ticket.service(), 0.0) + sinceIssue, later - itself);
        return Optional.of(new Spread(Math.max(0, placed.ahead()), Math.max(0, placed.low()), Math.max(0, placed.mid()),
                Math.max(0, placed.high())));
    }

    /**
     * The play's call of the first ticket behind this one in its line that the play saw as it is: a ticket
     * that joined the line after the play ahead of others (a transfer keeps its place in time) is called
     * where that one would have been, not at the back. Empty when the play saw nobody behind it.
     */
    private Optional<Spread> placeTaken(Ticket ticket, HallView hall) {
        NavigableSet<Ticket> line = hall.waiting(ticket.service());
        if (line.isEmpty()) {
            return Optional.empty();
        }
        for (Ticket other : line.tailSet(ticket, false)) {
            if (other.equals(seen.get(other.id()))) {
                return Optional.ofNullable(tickets.get(other.id()));
            }
        }
        return Optional.empty();
    }

    /**
     * Tickets in the line before this one that the play does not have (all of them for a priority ticket:
     * the play's priority estimate is the first free window), counted from the back of the line.
     */
    private int aheadOf(Ticket ticket, HallView hall, boolean all) {
        NavigableSet<Ticket> line = hall.waiting(ticket.service());
        int count = 0;
        if (line.isEmpty()) {
            return 0; // an empty line may have no comparator to cut it with
        }
        for (Iterator<Ticket> before = line.headSet(ticket, false).descendingIterator(); before.hasNext(); ) {
            Ticket other = before.next();
            if (other.id().equals(ticket.id())) {
                continue;
            }
            if (!all && other.equals(seen.get(other.id()))) {
                break;
            }
            count++;
        }
        return count;
    }
}
