package org.onewindow.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.routing.QueueLengthEstimator;
import org.onewindow.routing.RoutingPolicy;
import org.onewindow.routing.WhatIf;

/**
 * The advisor's what-if: replays a list of visitors (the hall's recent arrivals, with their
 * service times) through the simulator with the hall's policy and the given windows open, once as
 * the hall stands and once per proposed profile change.
 */
public final class Replay implements WhatIf {
    private final HallConfig hall;
    private final Map<String, Set<String>> profiles;
    private final RoutingPolicy policy;
    private final List<Visitor> visitors;
    private final Set<String> openCounters;
    private final Workload.NoShow noShow;
    private final double slowdown;

    /**
     * @param hall         the hall file: its profiles are what each window's staff do at full speed
     * @param profiles     the windows' current profiles (they may differ from the hall file's)
     * @param openCounters windows staffed for the whole replay
     */
    public Replay(HallConfig hall, Map<String, Set<String>> profiles, RoutingPolicy policy, List<Visitor> visitors,
                  Set<String> openCounters, Workload.NoShow noShow, double slowdown) {
        this.hall = hall;
        this.profiles = Map.copyOf(profiles);
        this.policy = policy;
        this.visitors = List.copyOf(visitors);
        this.openCounters = Set.copyOf(openCounters);
        this.noShow = noShow;
        this.slowdown = slowdown;
    }

    @Override
    public Map<String, Double> meanWaits(Map<String, Set<String>> changes) {
        if (visitors.isEmpty()) {
            return Map.of(WhatIf.HALL, 0.0);
        }
        // Always open for the replay: the visitors came while the hall was open.
        HallConfig replayHall = hall.alwaysOpen();
        Map<String, Set<String>> whatIf = new HashMap<>(profiles);
        whatIf.putAll(changes);
        Instant from = visitors.get(0).at();
        Instant to = visitors.get(visitors.size() - 1).at();
        List<Timeline.Shift> shifts = new ArrayList<>();
        for (CounterSpec counter : replayHall.counters()) {
            if (openCounters.contains(counter.id())) {
                shifts.add(new Timeline.Shift(counter.id(), from, to, true));
            }
        }
        Timeline timeline = new Timeline(List.of(new Timeline.Span(from, to)), shifts,
                List.of(from.atZone(hall.timezone()).toLocalDate()));
        Workload workload = new Workload("replay", 1, 0, replayHall, Map.of(), Map.of(), Map.of(), noShow, slowdown);
        RunResult run = new Simulator(workload, timeline, Visitors.of(visitors), Simulator.Observer.NONE)
                .run(policy, new QueueLengthEstimator(), null, whatIf, null);
        Map<String, Double> waits = new HashMap<>(run.byService());
        waits.put(WhatIf.HALL, run.waits().mean());
        return waits;
    }
}
