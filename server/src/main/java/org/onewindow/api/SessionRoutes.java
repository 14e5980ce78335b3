package org.onewindow.api;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.onewindow.hall.Role;
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

    void mount(Router api, StaffAuth auth) {
        api.post("/sessions").handler(this::login);
        api.delete("/sessions").handler(auth.require(Role.STAFF)).handler(this::logout);
    }

    /** Signs the caller's token out: a shared counter terminal keeps nothing usable. */
    private void logout(RoutingContext ctx) {
        sessions.logout(StaffAuth.session(ctx).token());
        ctx.response().setStatusCode(204).end();
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
