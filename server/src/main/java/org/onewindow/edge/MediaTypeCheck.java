package org.onewindow.edge;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Set;
import org.onewindow.api.ErrorReplies;

/**
 * API writes that carry a body must say {@code Content-Type: application/json} (415 otherwise). A page
 * of another site can send text/plain or a form without asking first (no CORS preflight); it cannot
 * send application/json that way, so this closes the cross-site form/fetch hole together with
 * {@link OriginCheck}.
 */
public final class MediaTypeCheck implements Handler<RoutingContext> {
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH);

    @Override
    public void handle(RoutingContext ctx) {
        if (WRITES.contains(ctx.request().method()) && hasBody(ctx) && !isJson(ctx.request().getHeader("Content-Type"))) {
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
