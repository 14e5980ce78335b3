package org.onewindow.routing;

import java.util.List;
import java.util.Optional;

/** The routing policies and wait estimator the hub and the simulator share, by name. */
public final class Routing {
    private Routing() {
    }

    public static RoutingPolicy defaultPolicy() {
        return new FifoPolicy();
    }

    public static WaitEstimator defaultEstimator() {
        return new QueueLengthEstimator();
    }

    public static List<String> names() {
        return List.of(FifoPolicy.NAME);
    }

    public static Optional<RoutingPolicy> byName(String name) {
        return FifoPolicy.NAME.equals(name) ? Optional.of(new FifoPolicy()) : Optional.empty();
    }
}
