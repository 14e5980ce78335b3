package org.onewindow.routing;

import java.util.List;
import org.onewindow.hall.HallConfig;

/** The routing policies the hub and the simulator know by name, and the estimator that goes with each. */
public final class Policies {
    /** The hub's policy when none is named. */
    public static final String DEFAULT = BalancedPolicy.NAME;

    private Policies() {
    }

    /** Known names; "all" in the simulator runs them in this order (the default last, next to fifo). */
    public static List<String> names() {
        return List.of(FifoPolicy.NAME, BalancedPolicy.NAME);
    }

    /** A policy by name; backupSlowdown is how much slower a window is outside its profile. */
    public static RoutingPolicy byName(String name, double backupSlowdown) {
        return switch (name) {
            case FifoPolicy.NAME -> new FifoPolicy();
            case BalancedPolicy.NAME -> new BalancedPolicy(backupSlowdown);
            default -> throw new IllegalArgumentException("no routing policy '" + name + "' ("
                    + String.join(", ", names()) + ")");
        };
    }

    /** A fresh wait estimator for a hall run with this policy. */
    public static WaitEstimator estimatorFor(RoutingPolicy policy, HallConfig hall) {
        double slowdown = policy instanceof BalancedPolicy balanced ? balanced.slowdown() : BalancedPolicy.DEFAULT_SLOWDOWN;
        return new LearnedEstimator(policy, slowdown);
    }
}
