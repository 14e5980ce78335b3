package org.onewindow.edge;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.util.function.Predicate;
import org.onewindow.hall.Limits;
import org.onewindow.staff.Sessions;

/**
 * The hub's HTTP edge, mounted first on the root router (CONTRACT §6 "Limits"): security headers,
 * then for the API the origin and media-type checks, the ticket limit and the sign-in throttle,
 * and the guard on /metrics. Each piece is its own handler; this class only puts them in order. The Host
 * check and the header deadlines sit in front of the router ({@link HostCheck}, {@link HeaderDeadlines}).
 */
public final class Edge {
    /** Same as the API router's own body limit: the sign-in gate reads the body before the API does. */
    private static final long MAX_BODY_BYTES = 16 * 1024;

    private final TicketLimit ticketLimit;
    private final SignInThrottle signIns;
    private final Sessions sessions;
    private final String publicUrl;
    private final Predicate<RoutingContext> ticketExempt;

    /** @param ticketExempt callers the ticket limit does not count (paired kiosks and agents) */
    public Edge(Clock clock, Limits limits, Sessions sessions, String publicUrl, Predicate<RoutingContext> ticketExempt) {
        this.ticketLimit = new TicketLimit(limits.ticketsPerAddressPerMinute(), clock);
        this.signIns = new SignInThrottle(clock);
        this.sessions = sessions;
        this.publicUrl = publicUrl;
        this.ticketExempt = ticketExempt;
    }

    public static void mount(Router root, Edge edge) {
        root.route().handler(new SecurityHeaders());
        root.route("/api/v1/*").handler(new OriginCheck(edge.publicUrl));
        root.route("/api/v1/*").handler(new MediaTypeCheck());
        root.post("/api/v1/tickets").handler(new TicketLimitGate(edge.ticketLimit, edge.ticketExempt));
        root.post("/api/v1/sessions").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
                .handler(new SignInGate(edge.signIns));
        root.get("/metrics").handler(new MetricsAccess(edge.sessions));
    }
}
