package org.onewindow.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.onewindow.hall.RoutingSettings;
import org.onewindow.routing.Advice;
import org.onewindow.routing.Rebalancer;
import org.onewindow.routing.Widening;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.HallEvent;

/**
 * The advisor's auto mode as one step, the same in the hub (on a timer) and in the simulator (on
 * simulated time): put back widenings whose time is up, then, when a look is due, apply the best
 * recommendation the {@link Rebalancer}'s limits allow. Every change is an ordinary profile change
 * event by the actor {@value #ACTOR}, so it is committed and audited like a manager's.
 */
public final class AutoAdvisor {
    public static final String ACTOR = "advisor";
    /** How often the simulator gives the advisor a chance to act. */
    static final Duration LOOK_EVERY = Duration.ofMinutes(1);

    private final RoutingSettings routing;
    private final Rebalancer rebalancer;

    public AutoAdvisor(RoutingSettings routing, Rebalancer rebalancer) {
        this.routing = routing;
        this.rebalancer = rebalancer;
    }

    /**
     * Runs on the hall's own thread. {@code apply} must make each event happen (in the hub: commit,
     * then apply) before the next is decided.
     */
    public void look(Hall hall, Consumer<HallEvent> apply) {
        Instant now = hall.view().now();
        for (Widening done : rebalancer.expired(now, hall.view())) {
            apply.accept(hall.changeProfile(done.counter(), done.before(), ACTOR + " (put back " + done.advice() + ")"));
        }
        if (!rebalancer.autoLookDue(now)) {
            return;
        }
        List<Advice> advice = HallAdvisor.advise(hall, routing);
        rebalancer.autoPick(now, advice).ifPresent(best -> {
            Widening widening = rebalancer.widen(best, hall.counter(best.counter()), now);
            apply.accept(hall.changeProfile(widening.counter(), widening.after(), ACTOR + " (auto " + best.id() + ")"));
        });
    }
}
