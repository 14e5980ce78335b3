package org.onewindow.routing;

import org.onewindow.hall.ServiceSpec;
import org.onewindow.tickets.CallOrder;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.HallView;
import org.onewindow.tickets.Ticket;

/**
 * The simple estimate: tickets ahead in the same service, each taking the service's average minutes,
 * shared among the open windows that serve it.
 */
public final class QueueLengthEstimator implements WaitEstimator {
    @Override
    public WaitEstimate estimate(Ticket ticket, HallView hall) {
        int ahead = 0;
        for (Ticket other : hall.waiting(ticket.service())) {
            if (CallOrder.PRIORITY_THEN_OLDEST.compare(other, ticket) >= 0) {
                break;
            }
            if (!other.id().equals(ticket.id())) {
                ahead++;
            }
        }
        double average = hall.config().service(ticket.service()).map(ServiceSpec::averageMinutes).orElse(10.0);
        long open = hall.counters().stream().filter(c -> c.isOpen() && c.serves(ticket.service())).count();
        double minutes = ahead == 0 && open > 0 ? 0 : (ahead + 0.5) * average / Math.max(1, open);
        return new WaitEstimate(ahead, minutes);
    }
}
