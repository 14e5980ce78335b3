package org.onewindow.api;

import io.vertx.core.Handler;
import java.util.Optional;
import io.vertx.ext.web.RoutingContext;
import org.onewindow.hall.Role;
import org.onewindow.staff.Session;
import org.onewindow.staff.Sessions;

/** Guards staff routes: a valid bearer token (401 otherwise) of a role that includes the one required (403). */
final class StaffAuth {
    private static final String SESSION = "onewindow.session";

    private final Sessions sessions;

    StaffAuth(Sessions sessions) {
        this.sessions = sessions;
    }

    static String bearer(RoutingContext ctx) {
        return BearerToken.of(ctx);
    }

    /** The signed-in staff member making this request, on a route open to all. */
    Optional<Session> staffOf(RoutingContext ctx) {
        return sessions.find(bearer(ctx));
    }

    Handler<RoutingContext> require(Role role) {
        return ctx -> {
            String token = bearer(ctx);
            Session session = sessions.find(token).orElse(null);
            if (session == null) {
                ErrorReplies.send(ctx, 401, token == null ? "UNAUTHENTICATED" : "SESSION_EXPIRED",
                        token == null ? "log in first: Authorization: Bearer TOKEN" : "the session has expired; log in again");
            } else if (!session.role().includes(role)) {
                ErrorReplies.send(ctx, 403, "FORBIDDEN", "this needs the " + role.wire() + " role");
            } else {
                ctx.put(SESSION, session);
                ctx.next();
            }
        };
    }

    static Session session(RoutingContext ctx) {
        return ctx.get(SESSION);
    }
}
