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
        putBack(hall, apply);
        if (lookDue(hall)) {
            pick(hall, HallAdvisor.advise(hall, routing), apply);
        }
    }

    /** Hall's thread: puts back the widenings whose time is up. */
    public void putBack(Hall hall, Consumer<HallEvent> apply) {
        for (Widening done : rebalancer.expired(hall.view().now(), hall.view())) {
            apply.accept(hall.changeProfile(done.counter(), done.before(), ACTOR + " (put back " + done.advice() + ")"));
        }
    }

    /** Hall's thread: whether auto mode looks for advice now (then it does not again for a while). */
    public boolean lookDue(Hall hall) {
        return rebalancer.autoLookDue(hall.view().now());
    }

    /**
     * Hall's thread: applies the best of this advice the limits allow. The advice may come from a replay that
     * ran beside the hall while it moved on: a window no longer open, or already serving the line, is skipped.
     */
    public void pick(Hall hall, List<Advice> advice, Consumer<HallEvent> apply) {
        Instant now = hall.view().now();
        List<Advice> still = advice.stream().filter(a -> hall.view().counter(a.counter())
                .map(c -> c.isOpen() && !c.serves(a.service())).orElse(false)).toList();
        rebalancer.autoPick(now, still).ifPresent(best -> {
            Widening widening = rebalancer.widen(best, hall.counter(best.counter()), now);
            apply.accept(hall.changeProfile(widening.counter(), widening.after(), ACTOR + " (auto " + best.id() + ")"));
        });
    }

    public RoutingSettings routing() {
        return routing;
    }
}
