package org.onewindow.edge;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers on every answer, pages and API alike. The pages load only their own scripts, styles and
 * images from the hub and talk to it by fetch and WebSocket, so the policy allows the hub's own origin
 * and nothing inline; ticket pages carry their key in the address, so no Referer leaves them; and no
 * page may be framed (click-jacking the staff console).
 *
 * <p>One exception: the manager console draws its charts with ECharts, which positions its tooltips and
 * canvases with style attributes. There, and only there, style attributes (not style sheets, never
 * scripts) may be inline.
 */
public final class SecurityHeaders implements Handler<RoutingContext> {
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "media-src 'self'",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    static final String MANAGER_CONSOLE_POLICY = CONTENT_SECURITY_POLICY + "; style-src-attr 'unsafe-inline'";
    private static final String MANAGER_CONSOLE = "/manager/";

    @Override
    public void handle(RoutingContext ctx) {
        MultiMap headers = ctx.response().headers();
        headers.set("Content-Security-Policy",
                ctx.request().path().startsWith(MANAGER_CONSOLE) ? MANAGER_CONSOLE_POLICY : CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        ctx.next();
    }
}
