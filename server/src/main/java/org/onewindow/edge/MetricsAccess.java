package org.onewindow.edge;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.onewindow.api.ErrorReplies;
import org.onewindow.hall.Role;
import org.onewindow.staff.Session;
import org.onewindow.staff.Sessions;

/**
 * /metrics tells how busy each window and line is: it goes to a scraper on the hub itself (loopback)
 * or to a manager's bearer token; anyone else gets 401 without a token and 403 with a lesser one.
 */
public final class MetricsAccess implements Handler<RoutingContext> {
    private final Sessions sessions;

    public MetricsAccess(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (fromLoopback(ctx)) {
            ctx.next();
            return;
        }
        String header = ctx.request().getHeader("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        Session session = token == null ? null : sessions.find(token).orElse(null);
        if (token == null) {
            ErrorReplies.send(ctx, 401, "UNAUTHENTICATED", "metrics need a manager's token or a call from the hub itself");
        } else if (session == null) {
            ErrorReplies.send(ctx, 401, "SESSION_EXPIRED", "the session has expired; log in again");
        } else if (!session.role().includes(Role.MANAGER)) {
            ErrorReplies.send(ctx, 403, "FORBIDDEN", "metrics need the manager role");
        } else {
            ctx.next();
        }
    }

    private static boolean fromLoopback(RoutingContext ctx) {
        var remote = ctx.request().remoteAddress();
        if (remote == null || remote.hostAddress() == null) {
            return false;
        }
        try {
            // A numeric address: no name lookup happens here.
            return InetAddress.getByName(remote.hostAddress()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
