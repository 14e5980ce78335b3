package org.onewindow.hardware.agent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.json.JSONObject;

/**
 * The hub's event bus over the bridge's plain WebSocket (/eventbus/websocket): registers its addresses,
 * pings every 5 s, and reconnects by itself (backoff up to 15 s) after a network loss or a hub restart.
 */
final class HubEvents implements AutoCloseable {
    private final URI uri;
    private final List<String> addresses;
    private final BiConsumer<String, JSONObject> onMessage;
    private final Consumer<Boolean> onConnected;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "agent-events");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private volatile WebSocket socket;
    private volatile boolean closed;
    private int attempt;

    HubEvents(URI hub, List<String> addresses, BiConsumer<String, JSONObject> onMessage, Consumer<Boolean> onConnected) {
        String scheme = hub.getScheme().equals("https") ? "wss" : "ws";
        this.uri = URI.create(scheme + "://" + hub.getAuthority() + "/eventbus/websocket");
        this.addresses = addresses;
        this.onMessage = onMessage;
        this.onConnected = onConnected;
    }

    void start() {
        timer.execute(this::connect);
        timer.scheduleAtFixedRate(() -> {
            WebSocket ws = socket;
            if (ws != null) {
                ws.sendText("{\"type\":\"ping\"}", true);
            }
        }, 5, 5, TimeUnit.SECONDS);
    }

    private void connect() {
        if (closed) {
            return;
        }
        http.newWebSocketBuilder().buildAsync(uri, new Listener()).whenComplete((ws, failure) -> {
            if (failure != null) {
                retry();
                return;
            }
            attempt = 0;
            for (String address : addresses) {
                ws.sendText(new JSONObject().put("type", "register").put("address", address).toString(), true);
            }
            socket = ws;
            onConnected.accept(true);
        });
    }

    private void lost() {
        if (socket != null) {
            socket = null;
            onConnected.accept(false);
        }
        retry();
    }

    private void retry() {
        if (!closed) {
            long delay = Math.min(15_000, 250L << Math.min(attempt++, 6));
            timer.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                handle(text.toString());
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, java.nio.ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            text.append(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            if (last) {
                handle(text.toString());
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            lost();
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            lost();
        }
    }

    private void handle(String frame) {
        try {
            JSONObject message = new JSONObject(frame);
            if ("rec".equals(message.optString("type"))) {
                onMessage.accept(message.getString("address"), message.optJSONObject("body", new JSONObject()));
            }
        } catch (RuntimeException e) {
            // A frame we do not understand is skipped; the next call brings the state again.
        }
    }

    @Override
    public void close() {
        closed = true;
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
        timer.shutdownNow();
    }
}
