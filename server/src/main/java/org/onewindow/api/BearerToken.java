package org.onewindow.api;

import io.vertx.ext.web.RoutingContext;

/** The token of {@code Authorization: Bearer TOKEN}: staff sessions and paired devices both send one. */
public final class BearerToken {
    private BearerToken() {
    }

    /** The token, or null when the header is missing or not a bearer token. */
    public static String of(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
    }
}
