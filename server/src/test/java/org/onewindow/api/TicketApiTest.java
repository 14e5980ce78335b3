package org.onewindow.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.testing.ApiAssertions;
import org.onewindow.testing.TestHub;

/** The calls open to kiosks and phones, over real HTTP against a real hub and SQLite file. */
class TicketApiTest {
    @TempDir
    Path dir;
    TestHub hub;

    @BeforeEach
    void start() {
        hub = TestHub.start(dir);
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    static void assertError(HttpResponse<Buffer> response, int status, String code) {
        ApiAssertions.assertError(response, status, code);
    }

    @Test
    void hallListsServicesWithWaitingAndWindowsWithStatus() {
        hub.issue("commerce");
        JsonObject hall = hub.get("/api/v1/hall").bodyAsJsonObject();

        assertThat(hall.getString("id")).isEqualTo("test-hall");
        assertThat(hall.getJsonObject("name").getString("zh")).isEqualTo("测试大厅");
        assertThat(hall.getBoolean("open")).isTrue();
        JsonObject commerce = hall.getJsonArray("services").getJsonObject(0);
        assertThat(commerce.getString("id")).isEqualTo("commerce");
        assertThat(commerce.getString("prefix")).isEqualTo("A");
        assertThat(commerce.getBoolean("open")).isTrue();
        assertThat(commerce.getInteger("waiting")).isEqualTo(1);
        assertThat(commerce.getInteger("estimatedWaitMinutes")).isPositive();
        JsonArray counters = hall.getJsonArray("counters");
        assertThat(counters.size()).isEqualTo(3);
        assertThat(counters.getJsonObject(0).getString("status")).isEqualTo("closed");
        assertThat(counters.getJsonObject(0).containsKey("currentTicket")).isTrue();
    }

    @Test
    void issuesTicketsNumberedPerPrefixWithTheirPlaceAndMaterials() {
        JsonObject first = hub.issue("commerce");
        JsonObject second = hub.issue(new JsonObject().put("service", "commerce").put("channel", "mobile").put("language", "en"));
        JsonObject tax = hub.issue("tax");

        assertThat(first.getString("number")).isEqualTo("A001");
        assertThat(second.getString("number")).isEqualTo("A002");
        assertThat(tax.getString("number")).isEqualTo("B001");
        assertThat(first.getString("status")).isEqualTo("waiting");
        assertThat(first.getString("priority")).isEqualTo("normal");
        assertThat(first.getString("channel")).isEqualTo("kiosk");
        assertThat(second.getString("channel")).isEqualTo("mobile");
        assertThat(first.getInteger("ahead")).isZero();
        assertThat(second.getInteger("ahead")).isEqualTo(1);
        assertThat(first.getString("issuedAt")).isEqualTo("2026-11-26T10:00:00+08:00");
        assertThat(first.getString("calledAt")).isNull();
        assertThat(first.getInteger("recalls")).isZero();
        assertThat(first.getString("key")).matches("[A-Za-z0-9_-]{22}");
        assertThat(first.getString("trackUrl")).startsWith("http://127.0.0.1:")
                .endsWith("/t/" + first.getString("id") + "?key=" + first.getString("key"));
        assertThat(first.getJsonArray("materials").getJsonObject(0).getString("zh")).isEqualTo("设立登记申请书");
        assertThat(hub.get("/api/v1/tickets/" + first.getString("id")).bodyAsJsonObject().getString("number")).isEqualTo("A001");
    }

    @Test
    void unknownServiceIs404() {
        assertError(hub.post("/api/v1/tickets", new JsonObject().put("service", "nope")), 404, "UNKNOWN_SERVICE");
    }

    @Test
    void outsideOpeningHoursServiceIsClosed() {
        hub.clock.advance(Duration.ofHours(10));
        assertError(hub.post("/api/v1/tickets", new JsonObject().put("service", "commerce")), 409, "SERVICE_CLOSED");
        assertThat(hub.get("/api/v1/hall").bodyAsJsonObject().getBoolean("open")).isFalse();
    }

    @Test
    void quotaExhaustedAfterTheDailyQuota() {
        hub.issue("records");
        hub.issue("records");
        assertError(hub.post("/api/v1/tickets", new JsonObject().put("service", "records")), 409, "QUOTA_EXHAUSTED");
        assertThat(hub.get("/api/v1/hall").bodyAsJsonObject().getJsonArray("services").getJsonObject(2).getBoolean("open")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[1,2]", "{}", "{\"service\": 5}", "{\"service\": \"commerce\", \"extra\": 1}",
            "{\"service\": \"commerce\", \"priority\": \"vip\"}", "{\"service\": \"commerce\", \"channel\": \"fax\"}",
            "{\"service\": \"commerce\", \"language\": \"fr\"}"})
    void badTicketBodiesAre400(String body) {
        assertError(hub.send(HttpMethod.POST, "/api/v1/tickets", null, body), 400, "BAD_REQUEST");
    }

    @Test
    void unknownTicketIs404() {
        assertError(hub.get("/api/v1/tickets/doesnotexist"), 404, "UNKNOWN_TICKET");
    }

    @Test
    void cancelsOnlyAWaitingTicket() {
        JsonObject ticket = hub.issue("commerce");
        String id = ticket.getString("id");
        JsonObject key = new JsonObject().put("key", ticket.getString("key"));

        HttpResponse<Buffer> cancelled = hub.post("/api/v1/tickets/" + id + "/cancel", key);
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(cancelled.bodyAsJsonObject().getString("status")).isEqualTo("cancelled");
        assertError(hub.post("/api/v1/tickets/" + id + "/cancel", key), 409, "NOT_WAITING");
        assertThat(hub.get("/api/v1/hall").bodyAsJsonObject().getJsonArray("services").getJsonObject(0).getInteger("waiting")).isZero();
    }

    @Test
    void ratesOnlyACompletedTicketAndOnlyOnce() {
        JsonObject ticket = hub.issue("commerce");
        String key = ticket.getString("key");
        String rating = "/api/v1/tickets/" + ticket.getString("id") + "/rating";
        assertError(hub.post(rating, new JsonObject().put("key", key).put("score", 5)), 409, "NOT_SERVED");

        String token = hub.login("s01");
        hub.post("/api/v1/counters/1/open", null, token);
        hub.post("/api/v1/counters/1/call", null, token);
        hub.post("/api/v1/counters/1/complete", null, token);

        assertError(hub.post(rating, new JsonObject().put("key", key).put("score", 6)), 400, "BAD_REQUEST");
        assertError(hub.post(rating, new JsonObject().put("key", key).put("score", "5")), 400, "BAD_REQUEST");
        HttpResponse<Buffer> rated = hub.post(rating, new JsonObject().put("key", key).put("score", 2).put("tags", new JsonArray().add("slow")).put("comment", "等太久"));
        assertThat(rated.statusCode()).as(rated.bodyAsString()).isEqualTo(201);
        assertThat(rated.bodyAsJsonObject().getInteger("score")).isEqualTo(2);
        assertThat(rated.bodyAsJsonObject().getString("counter")).isEqualTo("1");
        assertError(hub.post(rating, new JsonObject().put("key", key).put("score", 4)), 409, "ALREADY_RATED");
    }

    @Test
    void unknownApiPathsAndMethodsAreJsonErrors() {
        assertError(hub.get("/api/v1/nothing-here"), 404, "NOT_FOUND");
        HttpResponse<Buffer> wrongMethod = hub.send(HttpMethod.DELETE, "/api/v1/tickets", null, null);
        assertThat(wrongMethod.statusCode()).isIn(404, 405);
        assertThat(wrongMethod.bodyAsJsonObject().getJsonObject("error").getString("code")).isIn("NOT_FOUND", "METHOD_NOT_ALLOWED");
    }

    @Test
    void healthIsUpAndMetricsCountTicketsAndEstimateErrors() {
        hub.issue("commerce");
        HttpResponse<Buffer> health = hub.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.bodyAsJsonObject().getString("status")).isEqualTo("UP");

        String metrics = hub.get("/metrics").bodyAsString();
        assertThat(metrics).contains("onewindow_tickets_issued_total{service=\"commerce\"} 1.0");
        assertThat(metrics).contains("onewindow_tickets_waiting{service=\"commerce\"} 1.0");
        assertThat(metrics).contains("vertx_http_server_response_time_seconds");

        String token = hub.login("s01");
        hub.post("/api/v1/counters/1/open", null, token);
        hub.post("/api/v1/counters/1/call", null, token);
        String afterCall = hub.get("/metrics").bodyAsString();
        assertThat(afterCall).contains("onewindow_tickets_called_total{service=\"commerce\"} 1.0");
        // Every called ticket's |estimate at issue - actual wait| is recorded.
        assertThat(afterCall).contains("onewindow_wait_estimate_error_minutes_count 1");
    }
}
