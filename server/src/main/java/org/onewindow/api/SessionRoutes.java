package org.onewindow.api;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.Role;
import org.onewindow.hall.StaffSpec;
import org.onewindow.hub.HallDesk;
import org.onewindow.staff.Session;
import org.onewindow.staff.Sessions;

/** Staff log in with their id and password and get a bearer token. */
final class SessionRoutes {
    private final Vertx vertx;
    private final Sessions sessions;
    private final HallDesk desk;

    SessionRoutes(Vertx vertx, Sessions sessions, HallDesk desk) {
        this.vertx = vertx;
        this.sessions = sessions;
        this.desk = desk;
    }

    void mount(Router api, StaffAuth auth) {
        api.post("/sessions").handler(this::login);
        api.delete("/sessions").handler(auth.require(Role.STAFF)).handler(this::logout);
    }

    /**
     * Signs the caller's token out, so a shared counter terminal keeps nothing usable, and frees the
     * windows they hold (an audited event; a visitor at one stays called there, the window paused).
     */
    private void logout(RoutingContext ctx) {
        Session session = StaffAuth.session(ctx);
        sessions.logout(session.token());
        desk.maybe(hall -> hall.signOut(session.staff()), (hall, event) -> event)
                .onSuccess(freed -> ctx.response().setStatusCode(204).end())
                .onFailure(failure -> ErrorReplies.send(ctx, failure));
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
                        Replies.send(ctx, 201, view(session.get(), desk.config()));
                    }
                })
                .onFailure(failure -> ErrorReplies.send(ctx, failure));
    }

    /** The session, with the staff member's name from the hall file for the consoles' badge. */
    private static JsonObject view(Session session, HallConfig config) {
        String name = config.staffMember(session.staff()).map(StaffSpec::name).orElse(session.staff());
        return new JsonObject().put("token", session.token()).put("staff", session.staff()).put("name", name)
                .put("role", session.role().wire()).put("expiresAt", session.expiresAt().toString());
    }
}
