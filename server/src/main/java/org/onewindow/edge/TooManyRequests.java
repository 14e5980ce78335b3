package org.onewindow.edge;

import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import org.onewindow.api.ErrorReplies;

/** The 429 answer of every limit: Retry-After in whole seconds (at least 1) and the contract's JSON error. */
final class TooManyRequests {
    private TooManyRequests() {
    }

    static void send(RoutingContext ctx, Duration wait, String message) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ctx.response().putHeader("Retry-After", Long.toString(seconds));
        ErrorReplies.send(ctx, 429, "TOO_MANY_REQUESTS", message + "; try again in " + seconds + " s");
    }

    /** The caller's IP address as the limits count it (no proxy headers: they are the caller's to forge). */
    static String clientAddress(RoutingContext ctx) {
        var remote = ctx.request().remoteAddress();
        String host = remote == null ? null : remote.hostAddress();
        return host == null ? "unknown" : host;
    }
}
