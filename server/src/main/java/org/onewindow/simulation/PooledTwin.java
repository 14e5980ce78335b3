package org.onewindow.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The reference a hall is measured against: the same visitors and service times, one
 * first-come-first-served line, served by every window that is staffed, each at full speed.
 * Deliberately independent of the hall's code, so it checks the simulator rather than mirroring it.
 * No-shows hold a window for the no-show wait, as in the hall. Windows whose shift lasts to the
 * close stay until the line is empty, as in the hall; visitors arrive only while the hall is open.
 */
public final class PooledTwin {
    public static final String NAME = "pooled";

    private final Workload workload;
    private final Timeline timeline;
    private final Visitors visitors;

    public PooledTwin(Workload workload, Timeline timeline, Visitors visitors) {
        this.workload = workload;
        this.timeline = timeline;
        this.visitors = visitors;
    }

    private enum Kind { SHIFT_OPEN, FINISH, ARRIVE, SHIFT_CLOSE }

    private record Step(Instant at, Kind kind, long seq, String counter, Visitor visitor) {
    }

    public RunResult run() {
        PriorityQueue<Step> steps = new PriorityQueue<>(Comparator.comparing(Step::at)
                .thenComparing(Step::kind).thenComparingLong(Step::seq));
        long[] seq = {0};
        timeline.shifts().forEach(s -> {
            steps.add(new Step(s.open(), Kind.SHIFT_OPEN, seq[0]++, s.counter(), null));
            if (!s.drains()) {
                steps.add(new Step(s.close(), Kind.SHIFT_CLOSE, seq[0]++, s.counter(), null));
            }
        });
        visitors.arrived().forEach(v -> steps.add(new Step(v.at(), Kind.ARRIVE, seq[0]++, null, v)));
        Map<String, Boolean> busy = new LinkedHashMap<>();
        Map<String, Boolean> leaving = new HashMap<>();
        Map<String, double[]> byService = new LinkedHashMap<>();
        workload.hall().services().forEach(s -> byService.put(s.id(), new double[2]));
        ArrayDeque<Visitor> line = new ArrayDeque<>();
        double[] waits = new double[visitors.arrived().size()];
        int called = 0;
        while (!steps.isEmpty()) {
            Step step = steps.poll();
            switch (step.kind()) {
                case SHIFT_OPEN -> {
                    busy.putIfAbsent(step.counter(), false);
                    leaving.put(step.counter(), false);
                }
                case SHIFT_CLOSE -> {
                    leaving.put(step.counter(), true);
                    if (Boolean.FALSE.equals(busy.get(step.counter()))) {
                        busy.remove(step.counter());
                    }
                }
                case FINISH -> {
                    if (leaving.get(step.counter())) {
                        busy.remove(step.counter());
                    } else {
                        busy.put(step.counter(), false);
                    }
                }
                case ARRIVE -> line.add(step.visitor());
            }
            for (Map.Entry<String, Boolean> window : busy.entrySet()) {
                if (line.isEmpty()) {
                    break;
                }
                if (!window.getValue()) {
                    Visitor visitor = line.poll();
                    double wait = Duration.between(visitor.at(), step.at()).toNanos() / 60e9;
                    waits[called++] = wait;
                    byService.get(visitor.service())[0] += wait;
                    byService.get(visitor.service())[1]++;
                    window.setValue(true);
                    double hold = visitor.holdMinutes(workload.noShow(), 1.0);
                    steps.add(new Step(step.at().plusNanos((long) (hold * 60e9)), Kind.FINISH, seq[0]++,
                            window.getKey(), null));
                }
            }
        }
        Map<String, Double> means = new LinkedHashMap<>();
        byService.forEach((id, tally) -> means.put(id, tally[1] == 0 ? 0 : tally[0] / tally[1]));
        double[] served = java.util.Arrays.copyOf(waits, called);
        return new RunResult(NAME, WaitFigures.of(served), means, List.of(), Double.NaN, visitors.arrived().size() - called);
    }
}
