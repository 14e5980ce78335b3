package org.onewindow.hub;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.onewindow.api.HallStateView;

/**
 * GET /health: UP while the hub can issue tickets, that is while its desk answers with the hall's
 * state (queues and estimates) in time and its store commits.
 */
final class Health {
    private static final long TIMEOUT_MS = 2_000;

    private Health() {
    }

    static void check(RoutingContext ctx, HallDesk desk) {
        if (!desk.storeHealthy()) {
            reply(ctx, 503, "DOWN", "the database refused the last write");
            return;
        }
        // The state a kiosk reads: it exercises the hall, its queues and the wait estimator.
        desk.read(HallStateView::of)
                .timeout(TIMEOUT_MS, java.util.concurrent.TimeUnit.MILLISECONDS)
                .onSuccess(open -> reply(ctx, 200, "UP", null))
                .onFailure(failure -> reply(ctx, 503, "DOWN", "the hall desk did not answer within " + TIMEOUT_MS + " ms"));
    }

    private static void reply(RoutingContext ctx, int status, String state, String reason) {
        JsonObject body = new JsonObject().put("status", state);
        if (reason != null) {
            body.put("reason", reason);
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }
}
