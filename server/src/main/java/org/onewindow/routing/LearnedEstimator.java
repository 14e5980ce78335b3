package org.onewindow.routing;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
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
 *     windows and what they serve, the visitors they are serving, every line, with the learned
 *     times and the hall's own policy deciding every call, so it knows how the policy shares windows.</li>
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
    static final double CALIBRATION_STEP = 0.03;
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
        Forecast forecast = new Forecast(hall, policy, this::holdMinutes, slowdown);
        return forecast.until(ticket).map(raw -> {
            if (raw.minutes() <= 0) {
                return raw;
            }
            String bucket = bucket(ticket.service(), raw.minutes());
            bucketAtIssue.putIfAbsent(ticket.id(), bucket);
            return new WaitEstimate(raw.ahead(), raw.minutes() * calibration.getOrDefault(bucket, 1.0));
        }).orElseGet(() -> new QueueLengthEstimator().estimate(ticket, hall));
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
            case TICKET_CANCELLED -> bucketAtIssue.remove(event.ticket().id());
            default -> { }
        }
    }

    /** A finished call (a call may first finish the window's current ticket): how long it held the window. */
    private void learnHold(HallEvent event, HallView hall) {
        for (Ticket ticket : event.tickets()) {
            if (!ticket.status().isFinished() || ticket.calledAt() == null || ticket.completedAt() == null) {
                continue;
            }
            double minutes = Duration.between(ticket.calledAt(), ticket.completedAt()).toNanos() / 60e9;
            Counter counter = hall.counter(ticket.counter()).orElse(null);
            if (counter != null && !counter.serves(ticket.service())) {
                minutes /= slowdown;
            }
            double[] tally = holds.computeIfAbsent(ticket.service(), s -> new double[2]);
            tally[0] += minutes;
            tally[1]++;
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

    private static String bucket(String service, double minutes) {
        int size = 0;
        while (size < SIZES.length && minutes > SIZES[size]) {
            size++;
        }
        return service + "/" + size;
    }
}
