package org.onewindow.routing;

import java.util.Optional;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.tickets.CallOrder;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.HallView;
import org.onewindow.tickets.Ticket;

/** The oldest eligible ticket in the window's profile, priority class first. */
public final class FifoPolicy implements RoutingPolicy {
    public static final String NAME = "fifo";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Ticket> next(Counter counter, HallView hall) {
        Ticket best = null;
        for (ServiceSpec service : hall.config().services()) {
            for (Ticket ticket : hall.waiting(service.id())) {
                if (Eligibility.inProfile(counter, ticket)) {
                    if (best == null || CallOrder.PRIORITY_THEN_OLDEST.compare(ticket, best) < 0) {
                        best = ticket;
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
