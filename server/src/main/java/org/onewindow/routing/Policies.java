package org.onewindow.routing;

import java.util.List;

/** The routing policies the hub and the simulator know by name. */
public final class Policies {
    /** The hub's policy when none is named. */
    public static final String DEFAULT = BalancedPolicy.NAME;

    private Policies() {
    }

    public static List<String> names() {
        return List.of(BalancedPolicy.NAME, FifoPolicy.NAME);
    }

    /** A policy by name; backupSlowdown is how much slower a window is outside its profile. */
    public static RoutingPolicy byName(String name, double backupSlowdown) {
        return switch (name) {
            case FifoPolicy.NAME -> new FifoPolicy();
            case BalancedPolicy.NAME -> new BalancedPolicy(backupSlowdown);
            default -> throw new IllegalArgumentException("no routing policy '" + name + "' (" + String.join(", ", names()) + ")");
        };
    }
}
