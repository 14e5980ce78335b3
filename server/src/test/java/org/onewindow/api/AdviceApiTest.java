package org.onewindow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.api.TicketApiTest.assertError;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.OverloadedHall;
import org.onewindow.testing.TestHub;

/** The advisor advisor over HTTP: managers list and apply advice; each change is audited. */
class AdviceApiTest {
    @TempDir
    Path dir;
    TestHub hub;
    String manager;

    @BeforeEach
    void start() {
        hub = OverloadedHall.start(dir);
        manager = hub.login("m01");
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void listsAdviceWithItsWhatIfAndAppliesItAudited() throws Exception {
        HttpResponse<Buffer> listed = hub.get("/api/v1/advice", manager);
        assertThat(listed.statusCode()).as(listed.bodyAsString()).isEqualTo(200);
        JsonArray advice = listed.bodyAsJsonObject().getJsonArray("advice");
        assertThat(advice.size()).isEqualTo(1);
        JsonObject best = advice.getJsonObject(0);
        assertThat(best.getString("id")).isEqualTo("2+commerce");
        assertThat(best.getString("counter")).isEqualTo("2");
        assertThat(best.getJsonArray("addServices").getList()).containsExactly("commerce");
        assertThat(best.getDouble("waitAfter")).isLessThan(best.getDouble("waitBefore") - 3);
        assertThat(best.getDouble("hallWaitAfter")).isLessThanOrEqualTo(best.getDouble("hallWaitBefore"));
        assertThat(best.getJsonObject("text").getString("zh")).startsWith("2号窗口：增加企业开办");
        assertThat(best.getJsonObject("text").getString("en")).startsWith("Window 2: add Business registration");

        HttpResponse<Buffer> applied = hub.post("/api/v1/advice/2+commerce/apply", null, manager);
        assertThat(applied.statusCode()).as(applied.bodyAsString()).isEqualTo(200);
        JsonObject result = applied.bodyAsJsonObject();
        assertThat(result.getJsonObject("counter").getJsonArray("profile").getList()).containsExactly("commerce", "tax");
        assertThat(result.getString("until")).isEqualTo("2026-11-26T12:00:00+08:00");
        assertThat(hub.auditedActors("PROFILE_CHANGED")).contains("m01 (advice 2+commerce)");

        assertError(hub.post("/api/v1/advice/2+commerce/apply", null, manager), 404, "UNKNOWN_ADVICE");
    }

    @Test
    void onlyManagersSeeAdvice() {
        assertError(hub.get("/api/v1/advice", hub.login("s01")), 403, "FORBIDDEN");
        assertError(hub.get("/api/v1/advice"), 401, "UNAUTHENTICATED");
        assertError(hub.post("/api/v1/advice/2+commerce/apply", null, hub.login("s01")), 403, "FORBIDDEN");
    }
}
