package org.onewindow.simulation;

import java.time.Duration;
import org.onewindow.routing.Policies;
import org.onewindow.routing.RoutingPolicy;
import org.onewindow.tickets.HallEvent;

/** Where the wait estimates go wrong: by size of the estimate. */
public final class EtaProbe {
    public static void main(String[] args) {
        Workload workload = Workloads.district().withDays(Integer.parseInt(args[0]));
        Timeline timeline = Timeline.of(workload);
        double[][] b = new double[6][4];
        double[] edges = {0, 2, 5, 10, 20, 1e9};
        Simulator.Observer obs = (HallEvent e, org.onewindow.tickets.Hall h) -> {
            if (e.kind() == HallEvent.Kind.TICKET_CALLED) {
                var t = e.ticket();
                double w = Duration.between(t.issuedAt(), t.calledAt()).toNanos() / 60e9;
                double est = t.estimateMinutes();
                int k = est <= 0 ? 0 : 1;
                while (k < 5 && est > edges[k]) k++;
                b[k][0]++; b[k][1] += Math.abs(est - w); b[k][2] += w - est; b[k][3] += w;
            }
        };
        RoutingPolicy policy = Policies.byName(args.length > 1 ? args[1] : "balanced", 1.25);
        RunResult r = new Simulator(workload, timeline, Visitors.draw(workload, timeline), obs)
                .run(policy, Policies.estimatorFor(policy, workload.hall()), null);
        System.out.printf("mean %.2f eta %.2f%n", r.waits().mean(), r.etaMaeMin());
        String[] names = {"=0", "0-2", "2-5", "5-10", "10-20", ">20"};
        for (int k = 0; k < 6; k++) {
            System.out.printf("%-6s n=%6.0f mae=%.2f bias=%+.2f meanWait=%.2f share of total err=%.2f%n", names[k], b[k][0],
                    b[k][1] / b[k][0], b[k][2] / b[k][0], b[k][3] / b[k][0], b[k][1] / (r.etaMaeMin() * r.waits().count()));
        }
    }
}
