package org.onewindow.events;

import io.vertx.core.Vertx;
import io.vertx.ext.bridge.PermittedOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.sockjs.SockJSBridgeOptions;
import io.vertx.ext.web.handler.sockjs.SockJSHandler;

/**
 * The SockJS event-bus bridge at /eventbus. Deny-all: browsers may only listen to the two hall
 * addresses and may send nothing; commands go through the HTTP API where they are authorised.
 * A plain WebSocket client works at /eventbus/websocket.
 */
public final class EventBridge {
    /** Browsers send nothing but register/ping frames: a few kilobytes is plenty. */
    private static final long MAX_FRAME_BYTES = 16 * 1024;

    private EventBridge() {
    }

    public static Router create(Vertx vertx) {
        SockJSBridgeOptions options = new SockJSBridgeOptions()
                .addOutboundPermitted(new PermittedOptions().setAddress(Addresses.HALL_CALLED))
                .addOutboundPermitted(new PermittedOptions().setAddress(Addresses.HALL_STATE));
        Router bridge = SockJSHandler.create(vertx).bridge(options);
        // The xhr fallbacks post their frames as a body; without a body handler xhr_send failed with 500.
        bridge.post().order(-1).handler(BodyHandler.create(false).setBodyLimit(MAX_FRAME_BYTES));
        return bridge;
    }
}
