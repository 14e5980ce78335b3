package org.onewindow.routing;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
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
 *     {@link #SAMPLES} futures with service times drawn from the learned mean and spread, and takes
 *     the median: the soonest of several busy windows to finish comes earlier than the soonest
 *     expected finish, which a single expected future misses.</li>
 * <li><b>Calibration.</b> A forecast misses visitors who come later and go first (priority
 *     tickets, short matters) and the spread of service times. Per service and size of forecast it
 *     learns the factor that makes half of the waits longer and half shorter than the estimate
 *     (the median, which is what keeps the mean absolute error small).</li>
 * </ul>
 */
public final class LearnedEstimator implements WaitEstimator {
    /** How many calls the averageMinutes prior counts for. */
    static final double PRIOR_CALLS = 20;
    /** Step of the calibration factor per called ticket: it settles within a few hundred calls. */
    static final double CALIBRATION_STEP = 0.02;
    /** Forecast sizes (minutes) calibrated separately: short waits are missed differently from long ones. */
    private static final double[] SIZES = {2, 5, 10, 20};

    private final RoutingPolicy policy;
    private final double slowdown;
    private final Map<String, double[]> holds = new HashMap<>();
    private final Map<String, Double> calibration = new HashMap<>();
    /** Calibration bucket of each ticket estimated at issue, until it is called. */
    private final Map<String, String> bucketAtIssue = new HashMap<>();

    /** @param slowdown how much longer a window takes outside its profile (the policy's own figure) */
    public LearnedEstimator(RoutingPolicy policy, double slowdown) {
        this.policy = policy;
        this.slowdown = slowdown;
    }

    @Override
    public WaitEstimate estimate(Ticket ticket, HallView hall) {
        return forecast(ticket, hall).map(raw -> {
            if (raw.minutes() <= 0) {
                return raw;
            }
            String bucket = bucket(ticket.service(), raw.minutes());
            bucketAtIssue.putIfAbsent(ticket.id(), bucket);
            return new WaitEstimate(raw.ahead(), raw.minutes() * calibration.getOrDefault(bucket, 1.0));
        }).orElseGet(() -> new QueueLengthEstimator().estimate(ticket, hall));
    }

    /** Plausible futures played per estimate: 15 gets within a percent of 31 at half the cost. */
    static final int SAMPLES = 15;

    /** The median of several plausible futures (or the expected one), so the estimate sits where half the waits fall. */
    private Optional<WaitEstimate> forecast(Ticket ticket, HallView hall) {
        SplittableRandom random = new SplittableRandom(ticket.id().hashCode() * 31L + ticket.order());
        double[] minutes = new double[SAMPLES];
        int[] ahead = new int[SAMPLES];
        for (int k = 0; k < SAMPLES; k++) {
            Optional<WaitEstimate> one = new Forecast(hall, policy, pace, slowdown, random.split()).until(ticket);
            if (one.isEmpty()) {
                return one;
            }
            minutes[k] = one.get().minutes();
            ahead[k] = one.get().ahead();
        }
        Arrays.sort(minutes);
        Arrays.sort(ahead);
        return Optional.of(new WaitEstimate(ahead[SAMPLES / 2], minutes[SAMPLES / 2]));
    }

    private final Pace pace = new Pace() {
        @Override
        public double hold(ServiceSpec service, SplittableRandom random) {
            double mean = holdMinutes(service);
            return random == null ? mean : draw(mean, spread(service), random);
        }

        @Override
        public double remaining(ServiceSpec service, double elapsed, SplittableRandom random) {
            double mean = holdMinutes(service);
            if (random == null) {
                // A visitor already served longer than expected is likely near the end, not done.
                return Math.max(mean - elapsed, 0.25 * mean);
            }
            for (int tries = 0; tries < 20; tries++) {
                double total = draw(mean, spread(service), random);
                if (total > elapsed) {
                    return total - elapsed;
                }
            }
            return 0.25 * mean;
        }
    };

    /** Log-normal with this mean and coefficient of variation. */
    private static double draw(double mean, double cv, SplittableRandom random) {
        double sigma2 = Math.log(1 + cv * cv);
        return Math.exp(Math.log(mean) - sigma2 / 2 + Math.sqrt(sigma2) * random.nextGaussian());
    }

    /** Learned coefficient of variation of the service's holds (0.5 until there are a few). */
    double spread(ServiceSpec service) {
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
        double[] tally = holds.get(service.id());
        double prior = service.averageMinutes() * PRIOR_CALLS;
        return tally == null ? service.averageMinutes() : (prior + tally[0]) / (PRIOR_CALLS + tally[1]);
    }

    @Override
    public void observe(HallEvent event, HallView hall) {
        switch (event.kind()) {
            case TICKET_COMPLETED, TICKET_NO_SHOW -> learnHold(event, hall);
            case TICKET_CALLED -> {
                learnHold(event, hall);
                calibrate(event.ticket());
            }
            default -> {
                // Cancelled, or ended with the day: never called, so never calibrated; forget them.
                event.tickets().stream().filter(t -> t.status().isFinished()).forEach(t -> bucketAtIssue.remove(t.id()));
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

    /** Moves the bucket's factor a step towards the median of actual / forecast wait. */
    private void calibrate(Ticket called) {
        String bucket = bucketAtIssue.remove(called.id());
        if (bucket == null || called.calledAt() == null) {
            return;
        }
        double wait = Duration.between(called.issuedAt(), called.calledAt()).toNanos() / 60e9;
        double factor = calibration.getOrDefault(bucket, 1.0);
        calibration.put(bucket, wait > called.estimateMinutes() ? factor * (1 + CALIBRATION_STEP)
                : factor / (1 + CALIBRATION_STEP));
    }

    /** Tickets estimated at issue and not yet called (for tests: the map must not grow for ever). */
    int awaitingCalibration() {
        return bucketAtIssue.size();
    }

    private static String bucket(String service, double minutes) {
        int size = 0;
        while (size < SIZES.length && minutes > SIZES[size]) {
            size++;
        }
        return service + "/" + size;
    }
}
