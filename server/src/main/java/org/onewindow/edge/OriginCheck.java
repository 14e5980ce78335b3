package org.onewindow.edge;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.Locale;
import org.onewindow.api.ErrorReplies;

/**
 * Refuses API calls a browser makes on behalf of another site (CONTRACT §6): an {@code Origin} that is
 * neither the host the request was sent to nor the hub's public URL, or {@code Sec-Fetch-Site: cross-site}.
 * Requests without either header (curl, device agents) pass: only browsers send them, and browsers
 * cannot be made to drop them.
 */
public final class OriginCheck implements Handler<RoutingContext> {
    private final String publicUrl;

    /** @param publicUrl the hub's --public-url, or null */
    public OriginCheck(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String origin = ctx.request().getHeader("Origin");
        String site = ctx.request().getHeader("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(site)) {
            ErrorReplies.send(ctx, 403, "FOREIGN_ORIGIN", "calls from another site's pages are refused");
        } else if (origin != null && !ownOrigin(origin, ctx.request().scheme(), ctx.request().getHeader("Host"))) {
            ErrorReplies.send(ctx, 403, "FOREIGN_ORIGIN", "calls from pages of " + printable(origin) + " are refused");
        } else {
            ctx.next();
        }
    }

    /** Behind a TLS proxy the hub sees http: there the --public-url names the https origin. */
    private boolean ownOrigin(String origin, String scheme, String host) {
        Endpoint from = Endpoint.ofUrl(origin);
        if (from == null) {
            return false; // "null" (sandboxed frames, file: pages) and garbage
        }
        if (host != null && from.equals(Endpoint.ofHost(host, scheme))) {
            return true;
        }
        return publicUrl != null && from.equals(Endpoint.ofUrl(publicUrl));
    }

    private static String printable(String origin) {
        String trimmed = origin.length() > 100 ? origin.substring(0, 100) + "…" : origin;
        return trimmed.replaceAll("[\\p{Cntrl}]", "?");
    }

    /** A scheme, a lower-case host and a port, with the scheme's default port filled in. */
    private record Endpoint(String scheme, String host, int port) {
        static Endpoint ofUrl(String url) {
            try {
                URI uri = new URI(url);
                String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
                if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                    return null;
                }
                return new Endpoint(scheme, uri.getHost().toLowerCase(Locale.ROOT), port(uri.getPort(), scheme));
            } catch (java.net.URISyntaxException e) {
                return null;
            }
        }

        /** The Host header the request came with, on the scheme it came in on ("hub" on http is port 80). */
        static Endpoint ofHost(String host, String scheme) {
            return ofUrl(scheme + "://" + host);
        }

        private static int port(int port, String scheme) {
            return port >= 0 ? port : "https".equals(scheme) ? 443 : 80;
        }
    }
}
