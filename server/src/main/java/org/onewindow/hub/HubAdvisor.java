package org.onewindow.hub;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.onewindow.hall.RoutingSettings;
import org.onewindow.routing.Advice;
import org.onewindow.routing.Rebalancer;
import org.onewindow.routing.Widening;
import org.onewindow.simulation.AutoAdvisor;
import org.onewindow.simulation.HallAdvisor;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.HallEvent;

/**
 * The advisor in the hub: lists recommendations for the manager, applies one on request, and once
 * a minute puts back widenings whose time is up and, in auto mode, applies the best one within the
 * hall file's limits. Its state is only touched on the hall desk's thread.
 */
public final class HubAdvisor {
    private static final Logger LOG = Logger.getLogger(HubAdvisor.class.getName());
    private static final long TICK_MS = 60_000;

    private final RoutingSettings routing;
    private final Rebalancer rebalancer;
    private final AutoAdvisor auto;
    private final Map<String, Advice> latest = new LinkedHashMap<>();

    public HubAdvisor(RoutingSettings routing) {
        this.routing = routing;
        this.rebalancer = new Rebalancer(routing.advisor());
        this.auto = new AutoAdvisor(routing, rebalancer);
    }

    public RoutingSettings routing() {
        return routing;
    }

    /** Desk thread: fresh recommendations, remembered so that one can be applied by id. */
    public List<Advice> advise(Hall hall) {
        List<Advice> advice = HallAdvisor.advise(hall, routing);
        latest.clear();
        advice.forEach(a -> latest.put(a.id(), a));
        return advice;
    }

    /** Desk thread: a recommendation listed by the last {@link #advise}. */
    public Optional<Advice> find(String id) {
        return Optional.ofNullable(latest.get(id));
    }

    /** Desk thread: the widening applying this advice makes, to be put back after the hold time. */
    public Widening widen(Advice advice, Hall hall) {
        latest.remove(advice.id());
        return rebalancer.widen(advice, hall.counter(advice.counter()), hall.view().now());
    }

    /** Starts the minute tick: put back what is due, and act in auto mode. */
    public long start(Vertx vertx, HallDesk desk) {
        return vertx.setPeriodic(TICK_MS, TICK_MS, id -> tick(desk));
    }

    Future<List<HallEvent>> tick(HallDesk desk) {
        return desk.commands(auto::look).onSuccess(events -> events.forEach(event ->
                LOG.info("advisor: window " + event.counter().id() + " profile " + event.counter().profile()
                        + " by " + event.actor())));
    }
}
