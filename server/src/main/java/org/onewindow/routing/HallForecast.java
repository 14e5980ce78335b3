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
 * line, would be called: call for call for its first {@link #EXACT_CALLS} calls, and after them at the pace
 * of each line where the future stopped (worked out when asked for). Every ticket's
 * {@code ahead} and estimate, every service's estimate and every hall state read this one result, so
 * reading costs no play. Immutable: built on any thread, read on the hall's.
 */
public final class HallForecast {
    /**
     * Plausible futures played. Their service times are drawn stratified ({@link Strata}) and their percentiles read
     * Harrell–Davis ({@link SampleQuantiles}), which brings 15 futures close to what many more would give.
     */
    static final int SAMPLES = 15;
    /**
     * Calls each future plays exactly; the tickets after them are placed at each line's pace where the future
     * stopped, so a play costs the same with 300 or 4,000 waiting. 300 calls are hours of any hall's day.
     */
    static final int EXACT_CALLS = 300;
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
    /** The tickets after the horizon, when the futures stopped there; null when they played to the end. */
    private final Tails beyond;

    private HallForecast(long version, Instant at, Map<String, Ticket> seen, Map<String, Spread> tickets,
                         Map<String, Spread> newcomers, Map<String, Spread> soonest, Map<String, Double> perTicket,
                         Tails beyond) {
        this.beyond = beyond;
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
        return play(hall, policy, pace, slowdown, arrivals, EXACT_CALLS);
    }

    /** As {@link #play(HallSnapshot, RoutingPolicy, Pace, double, Map)}, each future played for {@code exactCalls} calls. */
    static HallForecast play(HallSnapshot hall, RoutingPolicy policy, Pace pace, double slowdown,
                             Map<String, double[]> arrivals, int exactCalls) {
        Instant at = hall.now();
        List<Ticket> newcomerTickets = new ArrayList<>();
        for (ServiceSpec service : hall.config().services()) {
            newcomerTickets.add(new Ticket(NEWCOMER + service.id(), null, "-", service.id(), Priority.NORMAL, Channel.KIOSK,
                    "zh", TicketStatus.WAITING, Forecast.LATER, null, null, at, null, null, 0, Ticket.UNTOLD, false, null));
        }
        SplittableRandom random = new SplittableRandom(hall.version() * 0x9E3779B97F4A7C15L + at.toEpochMilli());
        Map<String, double[]> minutes = new HashMap<>();
        Map<String, int[]> ahead = new HashMap<>();
        Map<String, double[]> free = new HashMap<>();
        Strata strata = new Strata(random.nextLong(), SAMPLES);
        List<Map<String, Forecast.Tail>> tails = new ArrayList<>();
        boolean stopped = false;
        for (int k = 0; k < SAMPLES; k++) {
            Forecast forecast = new Forecast(hall, policy, pace.inFuture(strata, k), slowdown, random.split())
                    .withArrivals(arrivals);
            for (ServiceSpec service : hall.config().services()) {
                free.computeIfAbsent(service.id(), s -> filled(SAMPLES))[k] = forecast.soonestFree(service.id());
            }
            Map<String, Forecast.Call> calls = forecast.playAll(newcomerTickets, exactCalls);
            tails.add(forecast.tails());
            stopped |= !forecast.tails().isEmpty();
            int sample = k;
            calls.forEach((id, call) -> {
                minutes.computeIfAbsent(id, i -> filled(SAMPLES))[sample] = call.minutes();
                ahead.computeIfAbsent(id, i -> new int[SAMPLES])[sample] = call.ahead();
            });
        }
        Map<String, Ticket> seen = new HashMap<>();
        Map<String, Spread> tickets = new HashMap<>();
        Map<String, Spread> newcomers = new HashMap<>();
        Map<String, Played> partly = new HashMap<>();
        for (Map.Entry<String, double[]> called : minutes.entrySet()) {
            Spread spread = spread(called.getValue(), ahead.get(called.getKey()));
            if (spread == null) {
                if (stopped && !called.getKey().startsWith(NEWCOMER)) {
                    // Called in some futures before they stopped: the others place it by their lines' pace.
                    partly.put(called.getKey(), new Played(called.getValue(), ahead.get(called.getKey())));
                }
                continue; // not called in every future: no forecast, as for a ticket no window calls
            }
            if (called.getKey().startsWith(NEWCOMER)) {
                newcomers.put(called.getKey().substring(NEWCOMER.length()), spread);
            } else {
                tickets.put(called.getKey(), spread);
                hall.ticket(called.getKey()).ifPresent(t -> seen.put(t.id(), t));
            }
        }
        Tails beyond = stopped ? new Tails(hall, List.copyOf(tails), partly) : null;
        if (beyond != null) {
            for (ServiceSpec service : hall.config().services()) {
                String id = NEWCOMER + service.id();
                if (!newcomers.containsKey(service.id())) {
                    Played played = minutes.containsKey(id) ? new Played(minutes.get(id), ahead.get(id)) : null;
                    Spread spread = beyond.spread(service.id(), hall.waiting(service.id()).size(), played);
                    if (spread != null) {
                        newcomers.put(service.id(), spread);
                    }
                }
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
        return new HallForecast(hall.version(), at, seen, tickets, newcomers, soonest, perTicket, beyond);
    }

    /** A ticket's calls in the futures that called it before they stopped (NaN in the others). */
    private record Played(double[] minutes, int[] ahead) {
    }

    /**
     * The tickets after the futures stopped at their horizon: each is placed by its position in its line and the
     * pace of the line where each future stopped ({@link Forecast.Tail}). Worked out when asked for, so a play
     * costs the same however long the lines are.
     */
    private static final class Tails {
        private final HallSnapshot hall;
        private final List<Map<String, Forecast.Tail>> tails;
        private final Map<String, Played> partly;
        /** Per waiting ticket of the snapshot: tickets before it in its line. */
        private Map<String, Integer> positions;

        Tails(HallSnapshot hall, List<Map<String, Forecast.Tail>> tails, Map<String, Played> partly) {
            this.hall = hall;
            this.tails = tails;
            this.partly = partly;
        }

        /** The spread of a waiting ticket of the snapshot that not every future called; null when some future cannot place it. */
        Spread spread(Ticket ticket) {
            Integer position = positions().get(ticket.id());
            return position == null ? null : spread(ticket.service(), position, partly.get(ticket.id()));
        }

        /** The spread of the ticket with this many before it in the line: its own call where a future made it, else placed. */
        Spread spread(String service, int position, Played played) {
            double[] minutes = new double[SAMPLES];
            int[] ahead = new int[SAMPLES];
            for (int k = 0; k < SAMPLES; k++) {
                if (played != null && !Double.isNaN(played.minutes()[k])) {
                    minutes[k] = played.minutes()[k];
                    ahead[k] = played.ahead()[k];
                    continue;
                }
                Forecast.Tail tail = tails.get(k).get(service);
                if (tail == null) {
                    return null; // this future called everyone it could, or did not move the line: no forecast
                }
                Forecast.Call call = tail.call(Math.max(1, position - tail.called() + 1));
                minutes[k] = call.minutes();
                ahead[k] = call.ahead();
            }
            return HallForecast.spread(minutes, ahead);
        }

        /** Built once, on the hall's thread, the first time a ticket past the horizon is asked for. */
        private Map<String, Integer> positions() {
            if (positions == null) {
                positions = new HashMap<>();
                for (ServiceSpec service : hall.config().services()) {
                    int position = 0;
                    for (Ticket ticket : hall.waiting(service.id())) {
                        positions.put(ticket.id(), position++);
                    }
                }
            }
            return positions;
        }

        Optional<Ticket> played(String ticketId) {
            return hall.ticket(ticketId);
        }
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

    /** Whether every future called this ticket before its horizon (for tests: the part played exactly). */
    boolean exact(String ticketId) {
        return tickets.containsKey(ticketId);
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
        Spread played = played(ticket);
        if (played != null) {
            return Optional.of(played.plus(sinceIssue, 0));
        }
        Spread base = ticket.priority() == Priority.PRIORITY ? soonest.get(ticket.service())
                : placeTaken(ticket, hall).orElse(newcomers.get(ticket.service()));
        if (base == null) {
            return Optional.empty();
        }
        int later = ticket.priority() == Priority.PRIORITY ? aheadOf(ticket, hall, true) : aheadOf(ticket, hall, false);
        // A ticket the play had as it was then (in another line, say), called before the base, is not ahead of itself.
        Spread before = tickets.get(ticket.id());
        int itself = before != null && before.ahead() < base.ahead() ? 1 : 0;
        Spread placed = base.plus(later * perTicket.getOrDefault(ticket.service(), 0.0) + sinceIssue, later - itself);
        return Optional.of(new Spread(Math.max(0, placed.ahead()), Math.max(0, placed.low()), Math.max(0, placed.mid()),
                Math.max(0, placed.high())));
    }

    /** The play's spread for this ticket as it stands, or null when the play does not have it (or it changed since). */
    private Spread played(Ticket ticket) {
        Spread played = tickets.get(ticket.id());
        if (played != null) {
            return ticket.equals(seen.get(ticket.id())) ? played : null;
        }
        if (beyond == null || !beyond.played(ticket.id()).filter(ticket::equals).isPresent() || !ticket.isWaiting()) {
            return null;
        }
        return beyond.spread(ticket);
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
            Spread spread = played(other);
            if (spread != null) {
                return Optional.of(spread);
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
            if (!all && played(other) != null) {
                break;
            }
            count++;
        }
        return count;
    }
}
