package org.onewindow.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Sends a future's JSON as the answer, or its failure as the contract's error body. */
final class Replies {
    private Replies() {
    }

    static void json(RoutingContext ctx, int status, Future<JsonObject> body) {
        body.onSuccess(json -> send(ctx, status, json)).onFailure(failure -> ErrorReplies.send(ctx, failure));
    }

    static void send(RoutingContext ctx, int status, JsonObject json) {
        if (!ctx.response().ended()) {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                    .end(json.encode());
        }
    }

    static final String PUBLIC_URL = "onewindow.publicUrl";

    /**
     * The address phones and printed QR codes use to reach this hub: the configured public URL, else
     * the address the caller reached it at (a kiosk on the hub itself would otherwise print localhost).
     */
    static String baseUrl(RoutingContext ctx) {
        String configured = ctx.get(PUBLIC_URL);
        return configured != null ? configured : ctx.request().scheme() + "://" + ctx.request().authority();
    }
}
