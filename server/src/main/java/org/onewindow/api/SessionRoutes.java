package org.onewindow.api;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.onewindow.staff.Session;
import org.onewindow.staff.Sessions;

/** Staff log in with their id and password and get a bearer token. */
final class SessionRoutes {
    private final Vertx vertx;
    private final Sessions sessions;

    SessionRoutes(Vertx vertx, Sessions sessions) {
        this.vertx = vertx;
        this.sessions = sessions;
    }

    void mount(Router api) {
        api.post("/sessions").handler(this::login);
    }

    private void login(RoutingContext ctx) {
        JsonBody body = JsonBody.of(ctx, "staff", "password");
        String staff = body.requiredString("staff");
        char[] password = body.requiredString("password").toCharArray();
        // Password hashing is deliberately slow: keep it off the event loop.
        vertx.executeBlocking(() -> sessions.login(staff, password), false)
                .onSuccess(session -> {
                    if (session.isEmpty()) {
                        ErrorReplies.send(ctx, 401, "BAD_CREDENTIALS", "unknown staff id or wrong password");
                    } else {
                        Replies.send(ctx, 201, view(session.get()));
                    }
                })
                .onFailure(failure -> ErrorReplies.send(ctx, failure));
    }

    private static JsonObject view(Session session) {
        return new JsonObject().put("token", session.token()).put("staff", session.staff())
                .put("role", session.role().wire()).put("expiresAt", session.expiresAt().toString());
    }
}
