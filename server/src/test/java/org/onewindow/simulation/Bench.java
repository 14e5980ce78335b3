package org.onewindow.simulation;

import org.onewindow.routing.FifoPolicy;
import org.onewindow.routing.QueueLengthEstimator;
import org.onewindow.routing.RoutingPolicy;

/** Measures policies on district-hall.yaml while the workload reader is not there yet. */
public final class Bench {
    public static void main(String[] args) {
        Workload workload = Workloads.district().withDays(Integer.parseInt(args[0]));
        Timeline timeline = Timeline.of(workload);
        Visitors visitors = Visitors.draw(workload, timeline);
        RunResult pooled = new PooledTwin(workload, timeline, visitors).run();
        print(pooled, pooled);
        for (int i = 1; i < args.length; i++) {
            if (System.getenv("SLOW") != null) workload = new Workload(workload.name(), workload.days(), workload.seed(), workload.hall(), workload.hourlyShare(), workload.services(), workload.shifts(), workload.noShow(), Double.parseDouble(System.getenv("SLOW")));
            RoutingPolicy policy = org.onewindow.routing.Policies.byName(args[i], workload.backupSlowdown());
            long t0 = System.nanoTime();
            RunResult r = new Simulator(workload, timeline, visitors, Simulator.Observer.NONE)
                    .run(policy, new QueueLengthEstimator(), null);
            print(r, pooled);
            System.out.printf("   (%.1fs) unserved=%d%n", (System.nanoTime() - t0) / 1e9, r.unserved());
        }
    }

    static void print(RunResult r, RunResult pooled) {
        WaitFigures w = r.waits();
        System.out.printf("%-10s n=%d mean=%.2f p50=%.2f p90=%.2f p99=%.2f max=%.2f ratio=%.3f p90r=%.3f eta=%.2f%n",
                r.policy(), w.count(), w.mean(), w.p50(), w.p90(), w.p99(), w.max(), w.mean() / pooled.waits().mean(),
                w.p90() / pooled.waits().p90(), r.etaMaeMin());
        if (System.getenv("DETAIL") != null) {
            StringBuilder b = new StringBuilder("   ");
            r.byService().forEach((k, v) -> b.append(String.format("%s=%.1f ", k.substring(0, Math.min(6, k.length())), v)));
            System.out.println(b);
            StringBuilder c = new StringBuilder("   ");
            r.windows().forEach(x -> c.append(String.format("%s:%.2f/%d ", x.counter(), x.utilisation(), x.outsideProfile())));
            System.out.println(c);
        }
    }
}
