package org.onewindow.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;

/** A device agent or board listening on a plain WebSocket to the SockJS bridge at /eventbus/websocket. */
class EventBridgeTest {
    @TempDir
    Path dir;
    TestHub hub;
    WebSocket socket;
    final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() {
        hub = TestHub.start(dir);
        socket = hub.vertx.createWebSocketClient().connect(new WebSocketConnectOptions().setHost("127.0.0.1")
                .setPort(hub.port()).setURI("/eventbus/websocket")).await();
        socket.handler(data -> frames.add(data.toJsonObject()));
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private void write(JsonObject frame) {
        socket.writeTextMessage(frame.encode()).await();
    }

    /** The bridge handles one socket's frames in order: once a later frame is refused, the register before it is in place. */
    private void register(String address) throws InterruptedException {
        write(new JsonObject().put("type", "register").put("address", address));
        write(new JsonObject().put("type", "send").put("address", "not.permitted").put("body", new JsonObject()));
        next(frame -> "err".equals(frame.getString("type")));
    }

    private JsonObject next(Predicate<JsonObject> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonObject frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (frame != null && wanted.test(frame)) {
                return frame;
            }
        }
        throw new AssertionError("no matching frame within 10 s");
    }

    @Test
    void receivesHallCalledOnEveryCallAndRecall() throws Exception {
        String token = hub.login("s01");
        String ticket = hub.issue("commerce").getString("id");
        hub.post("/api/v1/counters/1/open", null, token);
        register(Addresses.HALL_CALLED);

        hub.post("/api/v1/counters/1/call", null, token);
        JsonObject called = next(frame -> Addresses.HALL_CALLED.equals(frame.getString("address"))).getJsonObject("body");
        assertThat(called.getString("ticket")).isEqualTo(ticket);
        assertThat(called.getString("number")).isEqualTo("A001");
        assertThat(called.getString("service")).isEqualTo("commerce");
        assertThat(called.getString("counter")).isEqualTo("1");
        assertThat(called.getJsonObject("counterName").getString("zh")).isEqualTo("1号窗口");
        assertThat(called.getBoolean("recall")).isFalse();
        assertThat(called.getString("at")).isEqualTo("2026-11-26T10:00:00+08:00");

        hub.post("/api/v1/counters/1/recall", null, token);
        JsonObject recalled = next(frame -> Addresses.HALL_CALLED.equals(frame.getString("address"))).getJsonObject("body");
        assertThat(recalled.getBoolean("recall")).isTrue();
        assertThat(recalled.getString("number")).isEqualTo("A001");
    }

    @Test
    void receivesHallStateAfterEveryChange() throws Exception {
        register(Addresses.HALL_STATE);
        hub.issue("commerce");
        JsonObject state = next(frame -> Addresses.HALL_STATE.equals(frame.getString("address"))).getJsonObject("body");
        assertThat(state.getString("id")).isEqualTo("test-hall");
        assertThat(state.getJsonArray("services").getJsonObject(0).getInteger("waiting")).isEqualTo(1);
    }

    @Test
    void clientsMayNotPublishIntoTheHall() throws Exception {
        write(new JsonObject().put("type", "publish").put("address", Addresses.HALL_CALLED)
                .put("body", new JsonObject().put("number", "FAKE")));
        JsonObject refused = next(frame -> "err".equals(frame.getString("type")));
        assertThat(refused.getString("body")).isEqualTo("access_denied");
    }
}
