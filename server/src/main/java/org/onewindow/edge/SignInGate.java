package org.onewindow.edge;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * In front of POST /api/v1/sessions (after a body handler): refuses a sign-in while its staff id or
 * address is throttled, and tells the {@link SignInThrottle} how each tried sign-in ended, read off the
 * answer's status (401 failed, 201 succeeded) so the session routes need not know about throttling.
 */
public final class SignInGate implements Handler<RoutingContext> {
    private final SignInThrottle throttle;

    public SignInGate(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String staff = staffOf(ctx);
        String address = TooManyRequests.clientAddress(ctx);
        var wait = throttle.waitFor(staff, address);
        if (wait.isPresent()) {
            TooManyRequests.send(ctx, wait.get(), "too many failed sign-ins");
            return;
        }
        ctx.addHeadersEndHandler(v -> {
            int status = ctx.response().getStatusCode();
            if (status == 401) {
                throttle.failed(staff, address);
            } else if (status == 201 && staff != null) {
                throttle.succeeded(staff);
            }
        });
        ctx.next();
    }

    /** The staff id the body names, or null when it names none; the session routes judge the body itself. */
    private static String staffOf(RoutingContext ctx) {
        try {
            JsonObject body = ctx.body() == null ? null : ctx.body().asJsonObject();
            return body != null && body.getValue("staff") instanceof String staff ? staff : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
