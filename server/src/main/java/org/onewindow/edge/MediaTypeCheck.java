package org.onewindow.edge;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import org.onewindow.api.ErrorReplies;

/**
 * API calls that carry a body must say {@code Content-Type: application/json} (415 otherwise). A page
 * of another site can send text/plain or a form without asking first (no CORS preflight); it cannot
 * send application/json that way, so this closes the cross-site form/fetch hole together with
 * {@link OriginCheck}. Writes are what matter; a body on a GET is held to the same rule because
 * vertx-web 5.0.7's body handler overflows its stack on a form body it was not set up for (503).
 */
public final class MediaTypeCheck implements Handler<RoutingContext> {
    @Override
    public void handle(RoutingContext ctx) {
        if (hasBody(ctx) && !isJson(ctx.request().getHeader("Content-Type"))) {
            ErrorReplies.send(ctx, 415, "UNSUPPORTED_MEDIA_TYPE", "send the body as Content-Type: application/json");
        } else {
            ctx.next();
        }
    }

    private static boolean hasBody(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null) {
            return !length.trim().equals("0");
        }
        return ctx.request().getHeader("Transfer-Encoding") != null;
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json");
    }
}
