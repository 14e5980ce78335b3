package org.onewindow.events;

import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The event bridge's plain WebSocket, /eventbus/websocket, which every page and device agent uses: the
 * frames of the Vert.x event-bus bridge ({"type":"register","address":…} in, {"type":"rec","address":…,
 * "body":…} out, {"type":"err","body":…} for what is refused), served by one event-bus consumer per
 * address. An event is encoded once and written to every socket that registered its address, where the
 * SockJS bridge delivered and encoded it once per socket (14 ms of event-loop CPU per call to 300 sockets; 9–11 now).
 * Outbound only, as the SockJS bridge: a client may listen to {@link Addresses} and may send nothing.
 * A socket silent for a minute (pages ping every 5 s) is closed; so is one that stops reading.
 */
public final class EventSockets {
    static final List<String> OUTBOUND = List.of(Addresses.HALL_CALLED, Addresses.HALL_STATE, Addresses.DEVICES_FAULT);
    /** Browsers send nothing but register/ping frames: a few kilobytes is plenty. */
    static final int MAX_FRAME_CHARS = 16 * 1024;
    private static final Set<String> FRAME_TYPES = Set.of("register", "unregister", "send", "publish");
    /** Pages ping every 5 s; a socket not heard from for this long is gone (a board unplugged mid-stream). */
    static final long SILENCE_MS = 60_000;

    private final Map<String, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final long silenceMs;
    private volatile Consumer<String> dropped = reason -> { };

    private EventSockets(Vertx vertx, long silenceMs) {
        this.silenceMs = silenceMs;
        for (String address : OUTBOUND) {
            Set<Listener> registered = new CopyOnWriteArraySet<>();
            listeners.put(address, registered);
            vertx.eventBus().<Object>localConsumer(address, message -> fanOut(address, message.body(), registered));
        }
    }

    /** Listens to the outbound addresses on the caller's context (the hub's verticle) until Vert.x closes. */
    public static EventSockets create(Vertx vertx) {
        return create(vertx, SILENCE_MS);
    }

    static EventSockets create(Vertx vertx, long silenceMs) {
        EventSockets sockets = new EventSockets(vertx, silenceMs);
        vertx.setPeriodic(Math.max(1, silenceMs / 4), id -> sockets.dropSilent(System.currentTimeMillis()));
        return sockets;
    }

    /** Hears the reason each time a socket is dropped (tests wait for it). */
    void onDrop(Consumer<String> listener) {
        dropped = listener;
    }

    /** How many sockets listen to the address now. */
    int listening(String address) {
        return listeners.get(address).size();
    }

    /** The route handler for GET /eventbus/websocket. */
    public void upgrade(RoutingContext ctx) {
        if (!"websocket".equalsIgnoreCase(ctx.request().getHeader("Upgrade"))) {
            EventBridge.refuse(ctx, 400, "BAD_REQUEST", "/eventbus/websocket takes a WebSocket upgrade");
            return;
        }
        ctx.request().toWebSocket().onSuccess(this::accept)
                .onFailure(e -> EventBridge.refuse(ctx, 400, "BAD_REQUEST", e.getMessage()));
    }

    private void accept(ServerWebSocket socket) {
        Listener listener = new Listener(socket);
        socket.textMessageHandler(listener::frame);
        socket.binaryMessageHandler(bytes -> listener.frame(bytes.toString()));
        socket.closeHandler(v -> forget(listener));
        socket.exceptionHandler(e -> listener.drop((short) 1011, "socket failed"));
    }

    private static void fanOut(String address, Object body, Set<Listener> registered) {
        if (registered.isEmpty()) {
            return;
        }
        String frame = new JsonObject().put("type", "rec").put("address", address).put("body", body).encode();
        for (Listener listener : registered) {
            listener.write(frame);
        }
    }

    private void dropSilent(long now) {
        listeners.values().forEach(set -> set.forEach(listener -> {
            if (now - listener.heard > silenceMs) {
                listener.drop((short) 1001, "no ping");
            }
        }));
    }

    private void forget(Listener listener) {
        listeners.values().forEach(set -> set.remove(listener));
    }

    /** One socket: what it registered for, and when it was last heard. */
    private final class Listener {
        final ServerWebSocket socket;
        volatile long heard = System.currentTimeMillis();
        private final AtomicBoolean gone = new AtomicBoolean();

        Listener(ServerWebSocket socket) {
            this.socket = socket;
        }

        void frame(String text) {
            heard = System.currentTimeMillis();
            if (text.length() > MAX_FRAME_CHARS) {
                drop((short) 1009, "frame too large");
                return;
            }
            JsonObject frame;
            try {
                frame = new JsonObject(text);
            } catch (DecodeException | ClassCastException e) {
                error("invalid_json");
                return;
            }
            String type = frame.getValue("type") instanceof String t ? t : null;
            String address = frame.getValue("address") instanceof String a ? a : null;
            if (type == null) {
                error("missing_type");
            } else if (type.equals("ping")) {
                return;
            } else if (!FRAME_TYPES.contains(type)) {
                error("invalid_type");
            } else if (address == null) {
                error("missing_address");
            } else if (!type.endsWith("register") || !listeners.containsKey(address)) {
                error("access_denied");
            } else if (type.equals("register")) {
                listeners.get(address).add(this);
            } else {
                listeners.get(address).remove(this);
            }
        }

        /** A socket that cannot keep up is closed rather than buffered without end: its page reconnects. */
        void write(String frame) {
            if (socket.writeQueueFull()) {
                drop((short) 1008, "not reading");
            } else {
                socket.writeTextMessage(frame);
            }
        }

        /** Stops writing to the socket at once, whether or not its close frame can still go out. */
        void drop(short code, String reason) {
            if (!gone.compareAndSet(false, true)) {
                return;
            }
            forget(this);
            if (!socket.isClosed()) {
                socket.close(code, reason);
            }
            dropped.accept(reason);
        }

        private void error(String code) {
            write(new JsonObject().put("type", "err").put("body", code).encode());
        }
    }
}
