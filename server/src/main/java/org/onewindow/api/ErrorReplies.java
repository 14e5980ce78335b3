package org.onewindow.api;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onewindow.devices.PairingException;
import org.onewindow.tickets.HallException;
import org.onewindow.tickets.Refusal;

/** Turns any failure into the contract's error body: {"error": {"code", "message"}}. */
public final class ErrorReplies {
    private static final Logger LOG = Logger.getLogger(ErrorReplies.class.getName());

    private ErrorReplies() {
    }

    public static void send(RoutingContext ctx, Throwable failure) {
        if (failure instanceof ApiException api) {
            send(ctx, api.status(), api.code(), api.getMessage());
        } else if (failure instanceof HallException refused) {
            send(ctx, statusOf(refused.refusal()), refused.refusal().name(), refused.getMessage());
        } else if (failure instanceof PairingException pairing) {
            PairingException.Reason reason = pairing.reason();
            boolean unknown = reason == PairingException.Reason.UNKNOWN_PAIRING || reason == PairingException.Reason.UNKNOWN_DEVICE;
            send(ctx, unknown ? 404 : 409, reason.name(), pairing.getMessage());
        } else {
            LOG.log(Level.SEVERE, "request failed: " + ctx.request().method() + " " + ctx.request().path(), failure);
            send(ctx, 503, "UNAVAILABLE", "the hub could not complete this request; please try again");
        }
    }

    public static void send(RoutingContext ctx, int status, String code, String message) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(new JsonObject().put("error", new JsonObject().put("code", code).put("message", message)).encode());
    }

    static int statusOf(Refusal refusal) {
        return switch (refusal) {
            case UNKNOWN_SERVICE, UNKNOWN_TICKET, UNKNOWN_COUNTER -> 404;
            case BAD_REQUEST -> 400;
            case BAD_TICKET_KEY -> 403;
            case SERVICE_CLOSED, QUOTA_EXHAUSTED, NOT_WAITING, NOT_SERVED, ALREADY_RATED, COUNTER_NOT_OPEN,
                 NO_CURRENT_TICKET, TICKET_IN_SERVICE, OUTSIDE_SKILLS, RATING_CLOSED,
                 COUNTER_HELD -> 409;
        };
    }
}
