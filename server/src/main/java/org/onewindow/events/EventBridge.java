package org.onewindow.events;

import io.vertx.core.Vertx;
import io.vertx.ext.bridge.PermittedOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.sockjs.SockJSBridgeOptions;
import io.vertx.ext.web.handler.sockjs.SockJSHandler;
import io.vertx.ext.web.handler.sockjs.SockJSHandlerOptions;
import io.vertx.ext.web.handler.sockjs.Transport;

/**
 * The SockJS event-bus bridge at /eventbus. Deny-all: browsers may only listen to the two hall
 * addresses and devices.fault and may send nothing; commands go through the HTTP API where they are authorised.
 * The plain WebSocket, /eventbus/websocket, is served by {@link EventSockets} in front of it, with the same
 * frames; SockJS clients use this router's own transports (WebSocket, xhr, eventsource).
 */
public final class EventBridge {
    /** Browsers send nothing but register/ping frames: a few kilobytes is plenty. */
    private static final long MAX_FRAME_BYTES = 16 * 1024;

    private EventBridge() {
    }

    public static Router create(Vertx vertx) {
        SockJSBridgeOptions options = new SockJSBridgeOptions();
        EventSockets.OUTBOUND.forEach(address -> options.addOutboundPermitted(new PermittedOptions().setAddress(address)));
        // JSONP and htmlfile answer with script callbacks that the pages' Content-Security-Policy forbids;
        // WebSocket, xhr and eventsource remain.
        SockJSHandlerOptions transports = new SockJSHandlerOptions()
                .addDisabledTransport(Transport.JSON_P.name())
                .addDisabledTransport(Transport.HTML_FILE.name());
        Router bridge = SockJSHandler.create(vertx, transports).bridge(options);
        // The xhr fallback posts its frames as a body; without a body handler xhr_send failed with 500.
        bridge.post().order(-2).handler(EventBridge::textFrames);
        bridge.post().order(-1).handler(BodyHandler.create(false).setBodyLimit(MAX_FRAME_BYTES))
                .handler(EventBridge::wellFormedFrames);
        return bridge;
    }

    /**
     * SockJS clients post frames as text/plain (or JSON); a form or multipart body is refused before the
     * body handler, which in vertx-web 5.0.7 overflows its stack on those (503).
     */
    private static void textFrames(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (media.isEmpty() || media.equals("text/plain") || media.equals("application/json")) {
            ctx.next();
        } else {
            refuse(ctx, 415, "UNSUPPORTED_MEDIA_TYPE", "SockJS frames are sent as text/plain");
        }
    }

    /**
     * SockJS answers a missing or broken xhr_send body with 500 (its protocol says so); for the hub that
     * is bad input, a 400 like every other (CONTRACT §3).
     */
    private static void wellFormedFrames(RoutingContext ctx) {
        if (!ctx.request().path().endsWith("/xhr_send")) {
            ctx.next();
            return;
        }
        String text = ctx.body().asString();
        boolean frames;
        try {
            frames = text != null && Json.decodeValue(text) instanceof JsonArray;
        } catch (DecodeException e) {
            frames = false;
        }
        if (frames) {
            ctx.next();
        } else {
            refuse(ctx, 400, "BAD_REQUEST", "xhr_send needs a JSON array of frames");
        }
    }

    static void refuse(RoutingContext ctx, int status, String code, String message) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(new JsonObject().put("error", new JsonObject().put("code", code).put("message", message)).encode());
    }
}
