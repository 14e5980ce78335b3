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

    /**
     * Fresh recommendations, remembered so that one can be applied by id: the what-if is prepared on the
     * desk, replayed beside it, and the result remembered on the desk.
     */
    public Future<List<Advice>> advise(HallDesk desk) {
        return desk.read(hall -> HallAdvisor.prepare(hall, routing))
                .compose(job -> desk.aside(job::get))
                .compose(advice -> desk.read(hall -> {
                    latest.clear();
                    advice.forEach(a -> latest.put(a.id(), a));
                    return advice;
                }));
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

    /** Puts back on the desk; looks (prepare on the desk, replay beside it, apply on the desk) when due. */
    Future<List<HallEvent>> tick(HallDesk desk) {
        List<HallEvent> all = new java.util.ArrayList<>();
        return desk.commands(auto::putBack)
                .compose(back -> {
                    all.addAll(back);
                    return desk.read(hall -> auto.lookDue(hall) ? HallAdvisor.prepare(hall, routing) : null);
                })
                .compose(job -> job == null ? Future.succeededFuture(List.<Advice>of()) : desk.aside(job::get))
                .compose(advice -> advice.isEmpty() ? Future.succeededFuture(List.<HallEvent>of())
                        : desk.commands((hall, sink) -> auto.pick(hall, advice, sink)))
                .map(picked -> {
                    all.addAll(picked);
                    return List.copyOf(all);
                })
                .onSuccess(events -> events.forEach(event ->
                        LOG.info("advisor: window " + event.counter().id() + " profile " + event.counter().profile()
                                + " by " + event.actor())));
    }
}
