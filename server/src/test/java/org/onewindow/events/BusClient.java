package org.onewindow.events;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A listener on the hub's event bridge from outside, through the JDK's WebSocket client: either the
 * plain WebSocket endpoint (one JSON frame per message) or SockJS framing as the JavaScript client
 * speaks it ("o", then a["…"] arrays of JSON strings).
 */
public final class BusClient implements AutoCloseable {
    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final boolean sockJs;
    private final WebSocket socket;

    private BusClient(int port, String path, boolean sockJs) throws Exception {
        this.sockJs = sockJs;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + path), new Listener()).get(10, TimeUnit.SECONDS);
    }

    public static BusClient plain(int port) throws Exception {
        return new BusClient(port, "/eventbus/websocket", false);
    }

    public static BusClient sockJs(int port) throws Exception {
        return new BusClient(port, "/eventbus/000/onewindow/websocket", true);
    }

    void send(JsonObject message) throws Exception {
        sendText(message.encode());
    }

    /** Sends one frame as it is (a plain socket) or wrapped in a SockJS array, and waits until it is out. */
    synchronized void sendText(String frame) {
        String text = sockJs ? new JsonArray().add(frame).encode() : frame;
        socket.sendText(text, true).orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** Forgets what arrived so far. */
    void drain() {
        messages.clear();
    }

    /**
     * Registers for an address. The bridge handles one socket's frames in order, so once a later,
     * unpermitted send is refused, the registration before it is in place.
     */
    public void register(String address) throws Exception {
        send(new JsonObject().put("type", "register").put("address", address));
        send(new JsonObject().put("type", "send").put("address", "not.permitted").put("body", new JsonObject()));
        next(message -> "err".equals(message.getString("type")));
    }

    public JsonObject next(Predicate<JsonObject> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonObject message = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (message != null && wanted.test(message)) {
                return message;
            }
        }
        throw new AssertionError("no matching message within 10 s");
    }

    public JsonObject nextOn(String address) throws InterruptedException {
        return next(message -> address.equals(message.getString("address"))).getJsonObject("body");
    }

    @Override
    public void close() {
        socket.abort();
    }

    private void received(String frame) {
        if (!sockJs) {
            messages.add(new JsonObject(frame));
        } else if (frame.startsWith("a")) {
            new JsonArray(frame.substring(1)).forEach(item -> messages.add(new JsonObject((String) item)));
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        private final java.io.ByteArrayOutputStream binary = new java.io.ByteArrayOutputStream();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                received(text.toString());
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            binary.writeBytes(bytes);
            if (last) {
                received(binary.toString(StandardCharsets.UTF_8));
                binary.reset();
            }
            webSocket.request(1);
            return null;
        }
    }
}
