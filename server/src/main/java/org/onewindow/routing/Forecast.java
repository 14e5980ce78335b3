package org.onewindow.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.tickets.CallOrder;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.HallView;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Ticket;
import org.onewindow.tickets.TicketStatus;

/**
 * Plays the hall forward from now with the real routing policy and expected (or drawn) service times, with no
 * further arrivals: when each waiting ticket would be called and how many go before it. Because the policy
 * itself decides every call, the forecast knows how the policy shares windows between lines (cross-trained
 * help, short-matter credit, the age cap) without copying its logic.
 *
 * <p>One play answers every ticket of the hall at once ({@link #playAll}); {@code extra} tickets (one
 * newcomer per line) join the play at the back of their lines, are not counted as ahead of anyone and hold
 * no window when called, so they mark when their line would be served without changing the play.
 */
final class Forecast implements HallView {
    /** A forecast stops after this many calls: a ticket no window calls by then gets no forecast. */
    static final int MAX_STEPS = 20_000;
    private final HallView hall;
    private final RoutingPolicy policy;
    private final Pace pace;
    private final SplittableRandom random;
    private final double slowdown;
    private final Map<String, TreeSet<Ticket>> waiting = new HashMap<>();
    /** Each line as the policy reads it, made once: the policy asks at every call the play makes. */
    private final Map<String, NavigableSet<Ticket>> lineViews = new HashMap<>();
    private final Map<String, Counter> counters = new LinkedHashMap<>();
    private final String[] windowIds;
    private final double[] freeAt;
    private final Instant start;
    /** Minutes since the hall day's midnight at the start (the half hours of {@link Arrivals} count from it). */
    private final double startMinuteOfDay;
    private Instant now;
    /** Per service: the priority share of later arrivals, then their rate per minute in each half hour; empty plays none. */
    private Map<String, double[]> arrivalRates = Map.of();
    /** Later arrivals stop at this many minutes, or when the hall stops issuing tickets. */
    static final double ARRIVAL_HORIZON = 240;
    /** At most this many later arrivals per play: enough for any hall's next hours, bounded in a flood. */
    static final int MAX_LATER = 400;
    /** Order of a newcomer: after every real ticket; later arrivals come after it (their order is above it). */
    static final long LATER = Long.MAX_VALUE / 2;
    /** The later arrivals' ids, the same in every play (a play allocates enough of its own). */
    private static final String[] LATER_IDS = new String[MAX_LATER];

    static {
        for (int i = 0; i < MAX_LATER; i++) {
            LATER_IDS[i] = "later/" + i;
        }
    }

    /** When a ticket is called in the play: minutes from the start, and real tickets called before it. */
    record Call(double minutes, int ahead) {
    }

    /**
     * A line where a play stopped at its horizon: minutes at its last call, the line's tickets called by then,
     * how many of them it called per minute and how many calls its windows made per call of it in the
     * play's second half (the whole play when it called none there), and its ahead count then.
     */
    record Tail(double minutes, int called, double perMinute, int ahead, double aheadPerCall) {
        /** The line's {@code later}-th ticket after the stop (1: the next one), at the line's pace. */
        Call call(int later) {
            return new Call(minutes + later / perMinute, ahead + (int) Math.round(later * aheadPerCall - 1));
        }
    }

    /** Per line, where a play that stopped at its horizon left it; empty when it played to the end. */
    private Map<String, Tail> tails = Map.of();

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
        this.start = hall.now();
        this.now = start;
        java.time.ZonedDateTime local = start.atZone(hall.config().timezone());
        this.startMinuteOfDay = local.getHour() * 60 + local.getMinute() + local.getSecond() / 60.0;
        for (ServiceSpec service : hall.config().services()) {
            TreeSet<Ticket> line = new TreeSet<>(CallOrder.PRIORITY_THEN_OLDEST);
            line.addAll(hall.waiting(service.id()));
            waiting.put(service.id(), line);
            lineViews.put(service.id(), Collections.unmodifiableNavigableSet(line));
        }
        for (Counter counter : hall.counters()) {
            if (counter.isOpen()) {
                counters.put(counter.id(), counter);
            }
        }
        windowIds = counters.keySet().toArray(String[]::new);
        freeAt = new double[windowIds.length];
        for (int w = 0; w < windowIds.length; w++) {
            Counter counter = counters.get(windowIds[w]);
            if (counter.currentTicket() != null) {
                Ticket current = hall.ticket(counter.currentTicket()).orElse(null);
                if (current != null && current.calledAt() != null) {
                    ServiceSpec service = hall.config().service(current.service()).orElseThrow();
                    double speed = counter.serves(service.id()) ? 1 : slowdown;
                    freeAt[w] = speed * pace.remaining(service, minutesBetween(current.calledAt(), start) / speed, random);
                }
            }
        }
    }

    /** Plays later visitors too, at these rates ({@link Arrivals#rates}), drawn with the random. */
    Forecast withArrivals(Map<String, double[]> rates) {
        if (random != null) {
            arrivalRates = rates;
        }
        return this;
    }

    /** Minutes from the ticket's issue until it is called, and tickets called before it; empty if no open window would call it. */
    Optional<WaitEstimate> until(Ticket target) {
        Call call = playAll(Set.of(target)).get(target.id());
        return call == null ? Optional.empty()
                : Optional.of(new WaitEstimate(call.ahead(), minutesBetween(target.issuedAt(), start) + call.minutes()));
    }

    /**
     * Plays until every waiting ticket and every extra one is called (or no open window calls any more).
     * Plays once: a forecast is spent after this.
     */
    Map<String, Call> playAll(Collection<Ticket> extra) {
        return playAll(extra, Integer.MAX_VALUE);
    }

    /**
     * As {@link #playAll(Collection)}, but stops after {@code horizon} calls of real tickets: every call until
     * then is the same as in the whole play, and {@link #tails} says how each line was moving by then.
     */
    Map<String, Call> playAll(Collection<Ticket> extra, int horizon) {
        Set<String> extraIds = new HashSet<>();
        for (Ticket ticket : extra) {
            TreeSet<Ticket> line = waiting.get(ticket.service());
            if (line != null) {
                line.add(ticket);
                extraIds.add(ticket.id());
            }
        }
        int left = 0;
        for (TreeSet<Ticket> line : waiting.values()) {
            left += line.size();
        }
        Map<String, Call> calls = new HashMap<>(left * 2);
        boolean[] parked = new boolean[windowIds.length];
        String[] services = arrivalRates.keySet().toArray(String[]::new);
        double[] nextArrival = new double[services.length];
        for (int a = 0; a < services.length; a++) {
            nextArrival[a] = after(0, arrivalRates.get(services[a]));
        }
        long arrived = 0;
        // "Ahead" of a ticket is what the windows that may call it call first (CONTRACT §3): a call counts
        // for every line its window could serve, not for lines that window never serves.
        String[] lines = hall.config().services().stream().map(ServiceSpec::id).toArray(String[]::new);
        Map<String, Integer> aheadOf = new HashMap<>();
        Map<String, Integer> calledOf = new HashMap<>();
        int played = 0;
        double lastCall = 0;
        double half = 0;
        Map<String, Integer> calledAtHalf = Map.of();
        Map<String, Integer> aheadAtHalf = Map.of();
        for (int step = 0; step < MAX_STEPS && left > 0 && played < horizon; step++) {
            int next = -1;
            for (int w = 0; w < windowIds.length; w++) {
                if (!parked[w] && (next < 0 || freeAt[w] < freeAt[next])) {
                    next = w;
                }
            }
            int coming = -1;
            for (int a = 0; a < services.length; a++) {
                if (coming < 0 || nextArrival[a] < nextArrival[coming]) {
                    coming = a;
                }
            }
            if (coming >= 0 && nextArrival[coming] < Double.POSITIVE_INFINITY
                    && (next < 0 || nextArrival[coming] <= freeAt[next])) {
                double at = nextArrival[coming];
                if (at > ARRIVAL_HORIZON || arrived >= MAX_LATER || !issuingAt(at)) {
                    Arrays.fill(nextArrival, Double.POSITIVE_INFINITY); // no one comes after closing
                    continue;
                }
                double[] rate = arrivalRates.get(services[coming]);
                Ticket later = new Ticket(LATER_IDS[(int) arrived], null, "-", services[coming],
                        random.nextDouble() < rate[0] ? Priority.PRIORITY : Priority.NORMAL, Channel.KIOSK, "zh",
                        TicketStatus.WAITING, LATER + ++arrived, null, null, start.plusNanos((long) (at * 60e9)),
                        null, null, 0, Ticket.UNTOLD, false, null);
                waiting.get(later.service()).add(later);
                for (int w = 0; w < windowIds.length; w++) {
                    if (parked[w]) {
                        parked[w] = false;
                        freeAt[w] = Math.max(freeAt[w], at);
                    }
                }
                nextArrival[coming] = after(at, rate);
                continue;
            }
            if (next < 0) {
                break;
            }
            String id = windowIds[next];
            now = start.plusNanos((long) (freeAt[next] * 60e9));
            Counter counter = counters.get(id).serving(null);
            counters.put(id, counter);
            Optional<Ticket> called = policy.next(counter, this);
            if (called.isEmpty()) {
                parked[next] = true;
                continue;
            }
            Ticket ticket = called.get();
            waiting.get(ticket.service()).remove(ticket);
            if (extraIds.contains(ticket.id())) {
                // A newcomer only marks when the line would be served: it holds no window, so the rest of
                // the play is the same with or without it.
                calls.put(ticket.id(), new Call(freeAt[next], aheadOf.getOrDefault(ticket.service(), 0)));
                left--;
                continue;
            }
            if (!imagined(ticket)) {
                calls.put(ticket.id(), new Call(freeAt[next], aheadOf.getOrDefault(ticket.service(), 0)));
                left--;
                for (String line : lines) {
                    if (counter.canServe(line)) {
                        aheadOf.merge(line, 1, Integer::sum);
                    }
                }
                calledOf.merge(ticket.service(), 1, Integer::sum);
                lastCall = freeAt[next];
                if (++played == horizon / 2) {
                    half = lastCall;
                    calledAtHalf = new HashMap<>(calledOf);
                    aheadAtHalf = new HashMap<>(aheadOf);
                }
            }
            counters.put(id, counter.serving(ticket.id()));
            ServiceSpec service = hall.config().service(ticket.service()).orElseThrow();
            freeAt[next] += pace.hold(service, random) * (counter.serves(service.id()) ? 1 : slowdown);
        }
        if (left > 0 && played >= horizon) {
            Map<String, Tail> stopped = new HashMap<>();
            for (String line : lines) {
                int called = calledOf.getOrDefault(line, 0);
                int ahead = aheadOf.getOrDefault(line, 0);
                int recent = called - calledAtHalf.getOrDefault(line, 0);
                if (recent > 0 && lastCall > half) {
                    stopped.put(line, new Tail(lastCall, called, recent / (lastCall - half), ahead,
                            (ahead - aheadAtHalf.getOrDefault(line, 0)) / (double) recent));
                } else if (called > 0 && lastCall > 0) {
                    stopped.put(line, new Tail(lastCall, called, called / lastCall, ahead, ahead / (double) called));
                }
                // A line the play did not move has no pace to go on: its tickets after the stop get no forecast.
            }
            tails = stopped;
        }
        return calls;
    }

    /** Per line, how the play was moving where it stopped at its horizon; empty when it played to the end. */
    Map<String, Tail> tails() {
        return tails;
    }

    /** A later visitor the play made up (ordered after the newcomers), not a ticket of the hall. */
    private static boolean imagined(Ticket ticket) {
        return ticket.order() > LATER;
    }

    /** The stretch of opening hours the last later visitor came in, in minutes from the start: [from, until). */
    private double stretchFrom;
    private double stretchUntil;

    /**
     * Whether the hall issues tickets {@code at} minutes from the start, as its timetable says. Later visitors
     * come in time order, so the open stretch the last one came in answers for most of them: the timetable
     * is read once per stretch, not once per visitor.
     */
    private boolean issuingAt(double at) {
        if (at >= stretchFrom && at < stretchUntil) {
            return true;
        }
        double open = hall.config().hours().minutesOpenFrom(start.plusNanos((long) (at * 60e9)).atZone(hall.config().timezone()));
        if (open <= 0) {
            return false;
        }
        stretchFrom = at;
        stretchUntil = at + open;
        return true;
    }

    /**
     * The next arrival after {@code minutes} of a Poisson stream at the rate of that half hour of the hall day
     * ({@link Arrivals#rates}); a quiet half hour is skipped, and no arrival comes within a day of quiet.
     */
    private double after(double minutes, double[] rates) {
        for (double t = minutes; t < minutes + 24 * 60; ) {
            double ofDay = startMinuteOfDay + t;
            int slot = (int) (ofDay / 30) % Arrivals.SLOTS;
            double slotEnd = t + (30 - ofDay % 30);
            double perMinute = rates[slot + 1];
            if (perMinute > 0) {
                double next = t - Math.log(1 - random.nextDouble()) / perMinute;
                if (next <= slotEnd) {
                    return next;
                }
            }
            t = slotEnd; // memoryless: draw again from the next half hour
        }
        return Double.POSITIVE_INFINITY;
    }


    /**
     * Minutes until the first open window with the service in its profile is free (any window that may
     * serve it, when none has it in its profile); NaN when none may. Ask before {@link #playAll}.
     */
    double soonestFree(String service) {
        double home = Double.NaN;
        double any = Double.NaN;
        for (int w = 0; w < windowIds.length; w++) {
            Counter counter = counters.get(windowIds[w]);
            if (counter.serves(service) && !(home <= freeAt[w])) {
                home = freeAt[w];
            }
            if (counter.canServe(service) && !(any <= freeAt[w])) {
                any = freeAt[w];
            }
        }
        return Double.isNaN(home) ? any : home;
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
        NavigableSet<Ticket> line = lineViews.get(service);
        return line == null ? Collections.emptyNavigableSet() : line;
    }

    @Override
    public Optional<Ticket> ticket(String ticketId) {
        return hall.ticket(ticketId);
    }
}
