package org.onewindow.hub;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * GET /health: 200 UP while the hub can issue tickets, that is while its store commits and its desk gets
 * through its commands. It answers at once, without queueing behind the desk: {@code "desk": "busy"}
 * (still 200 UP) when commands wait but the desk keeps finishing them, 503 DOWN when the store refused
 * the last write or the desk has finished nothing for {@value HallDesk#STUCK_AFTER_MS} ms.
 */
final class Health {
    private Health() {
    }

    static void check(RoutingContext ctx, HallDesk desk) {
        if (!desk.storeHealthy()) {
            reply(ctx, 503, "DOWN", "the database refused the last write", null);
            return;
        }
        String pace = desk.pace();
        if ("stuck".equals(pace)) {
            reply(ctx, 503, "DOWN", "the hall desk has finished nothing for " + HallDesk.STUCK_AFTER_MS + " ms", pace);
            return;
        }
        reply(ctx, 200, "UP", "busy".equals(pace) ? "commands are waiting for the hall desk" : null, pace);
    }

    private static void reply(RoutingContext ctx, int status, String state, String reason, String desk) {
        JsonObject body = new JsonObject().put("status", state);
        if (desk != null) {
            body.put("desk", desk);
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }
}
