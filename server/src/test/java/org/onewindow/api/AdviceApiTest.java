package org.onewindow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.api.TicketApiTest.assertError;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;

/** The rebalancing advisor over HTTP: managers list and apply advice; each change is audited. */
class AdviceApiTest {
    @TempDir
    Path dir;
    TestHub hub;
    String manager;

    /** A strict-profile hall (fifo) where window 2 is trained for commerce but only serves tax. */
    static String overloadedHall() {
        return """
                hall:
                  id: advice-hall
                  name: {zh: 建议测试大厅, en: Advice Hall}
                  timezone: Asia/Shanghai
                services:
                  - {id: commerce, prefix: A, name: {zh: 企业开办, en: Business registration}, averageMinutes: 10}
                  - {id: tax, prefix: B, name: {zh: 税务, en: Tax}, averageMinutes: 5}
                counters:
                  - {id: "1", name: {zh: 1号窗口, en: Window 1}, profile: [commerce]}
                  - {id: "2", name: {zh: 2号窗口, en: Window 2}, profile: [tax], skills: [tax, commerce]}
                staff:
                  - {id: s01, name: 张三, role: staff, password: "%1$s"}
                  - {id: m01, name: 王经理, role: manager, password: "%1$s"}
                routing:
                  policy: fifo
                  advisor: {holdMinutes: 60}
                """.formatted(TestHub.passwordHash());
    }

    @BeforeEach
    void start() {
        hub = TestHub.start(dir, TestHub.morningClock(), overloadedHall());
        String staff = hub.login("s01");
        hub.post("/api/v1/counters/1/open", null, staff);
        hub.post("/api/v1/counters/2/open", null, staff);
        for (int minute = 0; minute < 60; minute++) {
            if (minute % 4 == 0) {
                hub.issue("commerce");
            }
            if (minute % 20 == 10) {
                hub.issue("tax");
            }
            hub.clock.advance(Duration.ofMinutes(1));
        }
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
        assertThat(auditedActors()).contains("m01 (advice 2+commerce)");

        assertError(hub.post("/api/v1/advice/2+commerce/apply", null, manager), 404, "UNKNOWN_ADVICE");
    }

    @Test
    void onlyManagersSeeAdvice() {
        assertError(hub.get("/api/v1/advice", hub.login("s01")), 403, "FORBIDDEN");
        assertError(hub.get("/api/v1/advice"), 401, "UNAUTHENTICATED");
        assertError(hub.post("/api/v1/advice/2+commerce/apply", null, hub.login("s01")), 403, "FORBIDDEN");
    }

    private java.util.List<String> auditedActors() throws Exception {
        java.util.List<String> actors = new java.util.ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + hub.dataDir.resolve("onewindow.db"));
             ResultSet rows = db.createStatement().executeQuery("SELECT actor FROM events WHERE kind = 'PROFILE_CHANGED'")) {
            while (rows.next()) {
                actors.add(rows.getString(1));
            }
        }
        return actors;
    }
}
