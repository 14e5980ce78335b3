package org.onewindow.events;

import io.vertx.core.Vertx;
import io.vertx.ext.bridge.PermittedOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.sockjs.SockJSBridgeOptions;
import io.vertx.ext.web.handler.sockjs.SockJSHandler;

/**
 * The SockJS event-bus bridge at /eventbus. Deny-all: browsers may only listen to the two hall
 * addresses and devices.fault and may send nothing; commands go through the HTTP API where they are authorised.
 * A plain WebSocket client works at /eventbus/websocket.
 */
public final class EventBridge {
    private EventBridge() {
    }

    public static Router create(Vertx vertx) {
        SockJSBridgeOptions options = new SockJSBridgeOptions()
                .addOutboundPermitted(new PermittedOptions().setAddress(Addresses.HALL_CALLED))
                .addOutboundPermitted(new PermittedOptions().setAddress(Addresses.HALL_STATE))
                .addOutboundPermitted(new PermittedOptions().setAddress(Addresses.DEVICES_FAULT));
        return SockJSHandler.create(vertx).bridge(options);
    }
}
