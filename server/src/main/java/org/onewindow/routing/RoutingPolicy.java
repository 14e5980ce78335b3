package org.onewindow.routing;

import java.util.Optional;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.HallView;
import org.onewindow.tickets.Ticket;

/**
 * Which waiting ticket a free window calls next. The live hub and the simulator use the same policy
 * objects; a policy may only return a waiting ticket the window can serve.
 */
public interface RoutingPolicy {
    String name();

    Optional<Ticket> next(Counter counter, HallView hall);
}
