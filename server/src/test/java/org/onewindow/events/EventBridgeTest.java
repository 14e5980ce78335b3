package org.onewindow.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;

/** Boards and device agents listening to the SockJS event bridge over real WebSockets. */
class EventBridgeTest {
    @TempDir
    Path dir;
    TestHub hub;
    BusClient bus;

    @BeforeEach
    void start() throws Exception {
        hub = TestHub.start(dir);
        bus = BusClient.plain(hub.port());
    }

    @AfterEach
    void stop() {
        bus.close();
        hub.close();
    }

    @Test
    void receivesHallCalledOnEveryCallAndRecall() throws Exception {
        String token = hub.login("s01");
        String ticket = hub.issue("commerce").getString("id");
        hub.post("/api/v1/counters/1/open", null, token);
        bus.register(Addresses.HALL_CALLED);

        hub.post("/api/v1/counters/1/call", null, token);
        JsonObject called = bus.nextOn(Addresses.HALL_CALLED);
        assertThat(called.getString("ticket")).isEqualTo(ticket);
        assertThat(called.getString("number")).isEqualTo("A001");
        assertThat(called.getString("service")).isEqualTo("commerce");
        assertThat(called.getString("counter")).isEqualTo("1");
        assertThat(called.getJsonObject("counterName").getString("zh")).isEqualTo("1号窗口");
        assertThat(called.getBoolean("recall")).isFalse();
        assertThat(called.getString("at")).isEqualTo("2026-11-26T10:00:00+08:00");

        hub.post("/api/v1/counters/1/recall", null, token);
        JsonObject recalled = bus.nextOn(Addresses.HALL_CALLED);
        assertThat(recalled.getBoolean("recall")).isTrue();
        assertThat(recalled.getString("number")).isEqualTo("A001");
    }

    @Test
    void receivesHallStateAfterEveryChange() throws Exception {
        bus.register(Addresses.HALL_STATE);
        hub.issue("commerce");
        JsonObject state = bus.nextOn(Addresses.HALL_STATE);
        assertThat(state.getString("id")).isEqualTo("test-hall");
        assertThat(state.getJsonArray("services").getJsonObject(0).getInteger("waiting")).isEqualTo(1);
    }

    @Test
    void clientsMayNotPublishIntoTheHall() throws Exception {
        bus.send(new JsonObject().put("type", "publish").put("address", Addresses.HALL_CALLED)
                .put("body", new JsonObject().put("number", "FAKE")));
        JsonObject refused = bus.next(message -> "err".equals(message.getString("type")));
        assertThat(refused.getString("body")).isEqualTo("access_denied");
    }

    @Test
    void theSockJsProtocolOfTheJavaScriptClientWorksToo() throws Exception {
        try (BusClient sockJs = BusClient.sockJs(hub.port())) {
            sockJs.register(Addresses.HALL_STATE);
            hub.issue("commerce");
            assertThat(sockJs.nextOn(Addresses.HALL_STATE).getString("id")).isEqualTo("test-hall");
        }
    }
}
