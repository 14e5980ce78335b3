package org.onewindow.edge;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Predicate;

/**
 * In front of POST /api/v1/tickets: callers that are not exempt (paired kiosks and agents will be) take
 * from their address's {@link TicketLimit}; past it, 429 with Retry-After.
 */
public final class TicketLimitGate implements Handler<RoutingContext> {
    private final TicketLimit limit;
    private final Predicate<RoutingContext> exempt;

    public TicketLimitGate(TicketLimit limit, Predicate<RoutingContext> exempt) {
        this.limit = limit;
        this.exempt = exempt;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (exempt.test(ctx)) {
            ctx.next();
            return;
        }
        limit.take(TooManyRequests.clientAddress(ctx)).ifPresentOrElse(
                wait -> TooManyRequests.send(ctx, wait, "too many tickets from this address"),
                ctx::next);
    }
}
