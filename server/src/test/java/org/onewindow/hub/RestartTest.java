package org.onewindow.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.MutableClock;
import org.onewindow.testing.TestHub;

/** A restarted hub picks up the day where it was: queues, called tickets, windows and numbering. */
class RestartTest {
    @TempDir
    Path dir;

    @Test
    void restartRestoresTheWholeDay() {
        MutableClock clock = TestHub.morningClock();
        String called;
        String waiting;
        try (TestHub hub = TestHub.start(dir, clock)) {
            String token = hub.login("s01");
            called = hub.issue("commerce").getString("id");
            waiting = hub.issue("commerce").getString("id");
            hub.issue(new JsonObject().put("service", "commerce").put("priority", "priority"));
            hub.post("/api/v1/counters/1/open", null, token);
            hub.post("/api/v1/counters/3/pause", null, token);
            assertThat(hub.post("/api/v1/counters/1/call", null, token).bodyAsJsonObject().getString("number")).isEqualTo("A003");
        }

        try (TestHub hub = TestHub.start(dir, clock)) {
            JsonObject hall = hub.get("/api/v1/hall").bodyAsJsonObject();
            JsonObject one = hall.getJsonArray("counters").getJsonObject(0);
            assertThat(one.getString("status")).isEqualTo("open");
            assertThat(one.getString("currentNumber")).isEqualTo("A003");
            assertThat(hall.getJsonArray("counters").getJsonObject(2).getString("status")).isEqualTo("paused");
            assertThat(hall.getJsonArray("services").getJsonObject(0).getInteger("waiting")).isEqualTo(2);
            assertThat(hub.get("/api/v1/tickets/" + waiting).bodyAsJsonObject().getInteger("ahead")).isEqualTo(1);
            assertThat(hub.issue("commerce").getString("number")).isEqualTo("A004");

            String token = hub.login("s01");
            assertThat(hub.post("/api/v1/counters/1/call", null, token).bodyAsJsonObject().getString("id")).isEqualTo(called);
        }
    }

    @Test
    void aHubRestartedTheNextDayStartsAFreshDay() {
        MutableClock clock = TestHub.morningClock();
        String left;
        try (TestHub hub = TestHub.start(dir, clock)) {
            String token = hub.login("s01");
            hub.post("/api/v1/counters/1/open", null, token);
            left = hub.issue("commerce").getString("id");
        }
        clock.advance(java.time.Duration.ofDays(1));
        try (TestHub hub = TestHub.start(dir, clock)) {
            JsonObject hall = hub.get("/api/v1/hall").bodyAsJsonObject();
            assertThat(hall.getJsonArray("counters").getJsonObject(0).getString("status")).isEqualTo("closed");
            assertThat(hall.getJsonArray("services").getJsonObject(0).getInteger("waiting")).isZero();
            assertThat(hub.get("/api/v1/tickets/" + left).bodyAsJsonObject().getString("status")).isEqualTo("cancelled");
            assertThat(hub.issue("commerce").getString("number")).isEqualTo("A001");
        }
    }

    @Test
    void aRunningHubEndsTheDayAtItsFirstCommandAfterMidnight() {
        try (TestHub hub = TestHub.start(dir)) {
            String token = hub.login("s01");
            hub.post("/api/v1/counters/1/open", null, token);
            String left = hub.issue("commerce").getString("id");
            hub.clock.advance(java.time.Duration.ofDays(1));
            assertThat(hub.issue("commerce").getString("number")).isEqualTo("A001");
            assertThat(hub.get("/api/v1/tickets/" + left).bodyAsJsonObject().getString("status")).isEqualTo("cancelled");
            token = hub.login("s01");
            assertThat(hub.post("/api/v1/counters/1/call", null, token).bodyAsJsonObject().getJsonObject("error")
                    .getString("code")).isEqualTo("COUNTER_NOT_OPEN");
        }
    }
}
