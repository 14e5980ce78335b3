package org.onewindow.routing;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.HallView;
import org.onewindow.tickets.Ticket;

/**
 * Wait estimates learned from the hall's own history and played forward through the routing policy.
 *
 * <ul>
 * <li><b>Service pace.</b> How long one call holds a window, per service (completions and no-shows
 *     alike; calls outside a window's profile scaled back by the slowdown), starting from the hall
 *     file's {@code averageMinutes} as a prior worth {@link #PRIOR_CALLS} calls: a new hall starts
 *     sensible and a busy one soon follows its real pace.</li>
 * <li><b>Forecast.</b> An estimate plays the hall forward from now ({@link Forecast}): the open
 *     windows and what they serve, the visitors they are serving, every line, with the hall's own
 *     policy deciding every call, so it knows how the policy shares windows. It plays
 *     {@link HallForecast#SAMPLES} futures with service times drawn from the learned mean and spread
 *     ({@link LearnedPace}, stratified across the futures: {@link Strata}) and later visitors drawn at the
 *     recent arrival rate of each line ({@link Arrivals}), and takes the median ({@link SampleQuantiles}):
 *     the soonest of several busy windows to finish comes earlier than the soonest expected finish, which a
 *     single expected future misses.</li>
 * <li><b>One forecast per hall version.</b> The hall is played forward once ({@link HallForecast}) and every
 *     estimate is read from that play: each waiting ticket's, a newcomer's per line, every hall state's. In a
 *     simulation (or a test) the play is made when first asked for a version and kept until the hall changes;
 *     in the hub ({@link #playInBackground()}) the hall's thread only snapshots ({@link #prepare}), another
 *     thread plays, the hall's thread adopts the result ({@link #adopt}), and until then answers from the
 *     latest play, placing tickets taken since behind their line's newcomer.</li>
 * <li><b>The estimate and its range.</b> The estimate is the futures' median as it is (what keeps the mean
 *     absolute error small; the futures play later arrivals and the learned spread, so half the waits are
 *     longer already). The range is their 20th and 80th percentile with each end calibrated, per service and
 *     size of forecast, to the waits that followed as people see them in whole minutes, so about six waits
 *     in ten fall in it.</li>
 * </ul>
 */
public final class LearnedEstimator implements WaitEstimator {
    /** How many calls the averageMinutes prior counts for. */
    static final double PRIOR_CALLS = 20;
    /** Step of the range's ends per called ticket. */
    static final double RANGE_STEP = 0.03;
    /** The range's ends: a fifth of the waits below, a fifth above. */
    static final double RANGE_TAIL = 0.2;
    /** Forecast sizes (minutes) calibrated separately: short waits are missed differently from long ones. */
    private static final double[] SIZES = {2, 5, 10, 20};

    private final RoutingPolicy policy;
    private final double slowdown;
    private final Map<String, double[]> holds = new HashMap<>();
    private final Map<String, Double> lowEnd = new HashMap<>();
    private final Map<String, Double> highEnd = new HashMap<>();
    /** What each ticket was told at issue, until it is called. */
    private final Map<String, Told> atIssue = new HashMap<>();
    private final Arrivals arrivals = new Arrivals();
    private HallForecast latest;
    private boolean background;

    private record Told(String bucket, double low, double high) {
    }

    /** @param slowdown how much longer a window takes outside its profile (the policy's own figure) */
    public LearnedEstimator(RoutingPolicy policy, double slowdown) {
        this.policy = policy;
        this.slowdown = slowdown;
    }

    /**
     * The hub: never play on the hall's thread (but the very first time); answer from the latest adopted
     * forecast instead, and let the hall's owner {@link #prepare} and {@link #adopt} new ones.
     */
    public void playInBackground() {
        background = true;
    }

    /** Whether the adopted forecast is of the hall as it stands (version and time). */
    public boolean isCurrent(HallView hall) {
        return latest != null && latest.version() == hall.version();
    }

    /** On the hall's thread: a snapshot of the hall and the learned pace; the job it returns plays on any thread. */
    public Supplier<HallForecast> prepare(HallView hall) {
        HallSnapshot snapshot = HallSnapshot.of(hall);
        Pace pace = new LearnedPace(copy(holds));
        Map<String, double[]> rates = arrivals.rates(hall.now(), hall.config().timezone());
        return () -> HallForecast.play(snapshot, policy, pace, slowdown, rates);
    }

    /** On the hall's thread: answers from this forecast from now on, unless a newer one is adopted already. */
    public void adopt(HallForecast forecast) {
        if (latest == null || forecast.version() >= latest.version()) {
            latest = forecast;
        }
    }

    @Override
    public WaitEstimate estimate(Ticket ticket, HallView hall) {
        return estimate(ticket, hall, forecastFor(hall));
    }

    /** The forecast this estimator answers from for the hall as it stands: the cached one while it is current. */
    HallForecast forecastFor(HallView hall) {
        boolean current = latest != null && hall.version() >= 0 && latest.version() == hall.version()
                && latest.at().equals(hall.now());
        if (latest == null || (!background && !current)) {
            latest = prepare(hall).get();
        }
        return latest;
    }

    /** The estimate this forecast gives: the same forecast and learned state, the same answer. */
    WaitEstimate estimate(Ticket ticket, HallView hall, HallForecast forecast) {
        return forecast.raw(ticket, hall).map(raw -> calibrated(ticket, raw))
                .orElseGet(() -> new QueueLengthEstimator().estimate(ticket, hall));
    }

    private WaitEstimate calibrated(Ticket ticket, HallForecast.Spread raw) {
        if (raw.mid() <= 0) {
            return new WaitEstimate(raw.ahead(), 0, 0, Math.max(0, raw.high()));
        }
        String bucket = bucket(ticket.service(), raw.mid());
        double minutes = raw.mid();
        double low = Math.min(minutes, raw.low() * lowEnd.getOrDefault(bucket, 1.0));
        double high = Math.max(minutes, raw.high() * highEnd.getOrDefault(bucket, 1.0));
        atIssue.putIfAbsent(ticket.id(), new Told(bucket, low, high));
        return new WaitEstimate(raw.ahead(), minutes, low, high);
    }

    private static Map<String, double[]> copy(Map<String, double[]> holds) {
        Map<String, double[]> copy = new HashMap<>();
        holds.forEach((service, tally) -> copy.put(service, tally.clone()));
        return copy;
    }

    /** Learned coefficient of variation of the service's holds (0.5 until there are a few). */
    double spread(ServiceSpec service) {
        return spread(holds, service);
    }

    static double spread(Map<String, double[]> holds, ServiceSpec service) {
        double[] tally = holds.get(service.id());
        if (tally == null || tally[1] < 5) {
            return 0.5;
        }
        double mean = tally[0] / tally[1];
        double variance = Math.max(0, tally[2] / tally[1] - mean * mean);
        return Math.sqrt(variance) / mean;
    }

    /** Expected minutes one call of this service holds a window whose profile has it. */
    public double holdMinutes(ServiceSpec service) {
        return holdMinutes(holds, service);
    }

    static double holdMinutes(Map<String, double[]> holds, ServiceSpec service) {
        double[] tally = holds.get(service.id());
        double prior = service.averageMinutes() * PRIOR_CALLS;
        return tally == null ? service.averageMinutes() : (prior + tally[0]) / (PRIOR_CALLS + tally[1]);
    }

    @Override
    public void observe(HallEvent event, HallView hall) {
        switch (event.kind()) {
            case TICKET_ISSUED -> arrivals.issued(event.ticket(), hall.config().timezone());
            case TICKET_COMPLETED, TICKET_NO_SHOW -> learnHold(event, hall);
            case TICKET_CALLED -> {
                learnHold(event, hall);
                calibrate(event.ticket());
            }
            default -> {
                // Cancelled, or ended with the day: never called, so never calibrated; forget them.
                event.tickets().stream().filter(t -> t.status().isFinished()).forEach(t -> atIssue.remove(t.id()));
            }
        }
    }

    /** A finished call (a call may first finish the window's current ticket): how long it held the window. */
    private void learnHold(HallEvent event, HallView hall) {
        for (Ticket ticket : event.tickets()) {
            if (!ticket.status().isFinished() || ticket.calledAt() == null || ticket.completedAt() == null) {
                continue;
            }
            double minutes = Duration.between(ticket.calledAt(), ticket.completedAt()).toNanos() / 60e9;
            // Staff are slower outside their hall-file profile, even when it was widened for the day.
            boolean home = hall.config().counter(ticket.counter())
                    .map(spec -> spec.profile().contains(Counter.ALL) || spec.profile().contains(ticket.service()))
                    .orElse(true);
            if (!home) {
                minutes /= slowdown;
            }
            double[] tally = holds.computeIfAbsent(ticket.service(), s -> new double[3]);
            tally[0] += minutes;
            tally[1]++;
            tally[2] += minutes * minutes;
        }
    }

    /**
     * Moves each end of the bucket's range towards its percentile: a step out when the wait fell beyond it, a
     * quarter step in when not. The estimate itself is the forecast's median, not calibrated: the sampled futures
     * already play later arrivals and the learned spread, so their median is unbiased, and a factor that follows
     * the last few hundred waits only adds noise (measured: a point of error on the district workload).
     */
    private void calibrate(Ticket called) {
        Told told = atIssue.remove(called.id());
        if (told == null || called.calledAt() == null) {
            return;
        }
        double wait = Duration.between(called.issuedAt(), called.calledAt()).toNanos() / 60e9;
        String bucket = told.bucket();
        // People see the range in whole minutes (约 15–25 分钟): its ends are calibrated as shown.
        double low = lowEnd.getOrDefault(bucket, 1.0);
        lowEnd.put(bucket, wait < Math.floor(told.low()) ? low / (1 + RANGE_STEP * (1 - RANGE_TAIL))
                : low * (1 + RANGE_STEP * RANGE_TAIL));
        double high = highEnd.getOrDefault(bucket, 1.0);
        highEnd.put(bucket, wait > Math.ceil(told.high()) ? high * (1 + RANGE_STEP * (1 - RANGE_TAIL))
                : high / (1 + RANGE_STEP * RANGE_TAIL));
    }

    /** Tickets estimated at issue and not yet called (for tests: the map must not grow for ever). */
    int awaitingCalibration() {
        return atIssue.size();
    }

    private static String bucket(String service, double minutes) {
        int size = 0;
        while (size < SIZES.length && minutes > SIZES[size]) {
            size++;
        }
        return service + "/" + size;
    }
}
