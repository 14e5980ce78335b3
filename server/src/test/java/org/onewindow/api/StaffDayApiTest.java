package org.onewindow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.api.TicketApiTest.assertError;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;

/**
 * GET /staff/me/today: each clerk sees the tickets they served today (their call, then completed), their
 * mean service minutes and the ratings of those visits; figures checked against the tickets' own times.
 */
class StaffDayApiTest {
    @TempDir
    Path dir;
    TestHub hub;
    String zhang;
    String li;

    @BeforeEach
    void start() {
        hub = TestHub.start(dir);
        zhang = hub.login("s01");
        li = hub.login("s02");
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private JsonObject ok(HttpResponse<Buffer> response) {
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
        return response.body() == null ? null : response.bodyAsJsonObject();
    }

    private JsonObject act(String counter, String action, String token) {
        return ok(hub.post("/api/v1/counters/" + counter + "/" + action, null, token));
    }

    private void rate(JsonObject ticket, int score) {
        HttpResponse<Buffer> r = hub.post("/api/v1/tickets/" + ticket.getString("id") + "/rating",
                new JsonObject().put("key", ticket.getString("key")).put("score", score));
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
    }

    /** Minutes from call to completion, from the ticket as the hub tells it. */
    private double serviceMinutes(JsonObject issued) {
        JsonObject t = ok(hub.get("/api/v1/tickets/" + issued.getString("id") + "?key=" + issued.getString("key")));
        assertThat(t.getString("status")).isEqualTo("completed");
        return Duration.between(Instant.parse(t.getString("calledAt")), Instant.parse(t.getString("completedAt"))).toSeconds() / 60.0;
    }

    @Test
    void eachClerkSeesTheTicketsTheyServedTheirMeanServiceTimeAndTheirRatings() {
        act("1", "open", zhang);
        act("3", "open", li);
        List<JsonObject> tickets = List.of(hub.issue("commerce"), hub.issue("commerce"), hub.issue("commerce"), hub.issue("commerce"));

        act("1", "call", zhang);                         // A001
        hub.clock.advanceMinutes(6);
        act("1", "call", zhang);                         // completes A001, calls A002
        hub.clock.advanceMinutes(10);
        act("1", "complete", zhang);                     // A002
        act("1", "call", zhang);                         // A003
        hub.clock.advanceMinutes(2);
        act("1", "no-show", zhang);
        act("1", "call", zhang);                         // A004, which 李四 serves after the transfer
        ok(hub.post("/api/v1/counters/1/transfer", new JsonObject().put("counter", "3"), zhang));
        assertThat(act("3", "call", li).getString("number")).isEqualTo("A004");
        hub.clock.advanceMinutes(4);
        act("3", "complete", li);
        rate(tickets.get(0), 5);
        rate(tickets.get(1), 2);
        rate(tickets.get(3), 4);

        JsonObject mine = ok(hub.get("/api/v1/staff/me/today", zhang));
        assertThat(mine.getString("staff")).isEqualTo("s01");
        assertThat(mine.getString("name")).isEqualTo("张三");
        assertThat(mine.getString("day")).isEqualTo("2026-11-26");
        assertThat(mine.getInteger("served")).isEqualTo(2);
        assertThat(mine.getInteger("noShows")).isEqualTo(1);
        double expected = (serviceMinutes(tickets.get(0)) + serviceMinutes(tickets.get(1))) / 2;
        assertThat(expected).isEqualTo(8.0);
        assertThat(mine.getDouble("meanServiceMinutes")).isEqualTo(expected);
        assertThat(mine.getJsonObject("ratings").getMap())
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("1", 0, "2", 1, "3", 0, "4", 0, "5", 1));

        JsonObject his = ok(hub.get("/api/v1/staff/me/today", li));
        assertThat(his.getInteger("served")).isEqualTo(1);
        assertThat(his.getInteger("noShows")).isZero();
        assertThat(his.getDouble("meanServiceMinutes")).isEqualTo(serviceMinutes(tickets.get(3))).isEqualTo(4.0);
        assertThat(his.getJsonObject("ratings").getInteger("4")).isEqualTo(1);
        assertThat(his.getJsonObject("ratings").getInteger("5")).isZero();
    }

    @Test
    void aClerkWhoServedNobodyHasAnEmptyDayAndStrangersNone() {
        JsonObject empty = ok(hub.get("/api/v1/staff/me/today", hub.login("m01")));
        assertThat(empty.getInteger("served")).isZero();
        assertThat(empty.getValue("meanServiceMinutes")).isNull();
        assertThat(empty.getJsonObject("ratings").getInteger("1")).isZero();
        assertError(hub.get("/api/v1/staff/me/today"), 401, "UNAUTHENTICATED");
    }

    @Test
    void yesterdaysWorkIsNotToday() {
        act("1", "open", zhang);
        hub.issue("commerce");
        act("1", "call", zhang);
        act("1", "complete", zhang);
        assertThat(ok(hub.get("/api/v1/staff/me/today", zhang)).getInteger("served")).isEqualTo(1);
        hub.clock.advance(Duration.ofDays(1));
        zhang = hub.login("s01");
        assertThat(ok(hub.get("/api/v1/staff/me/today", zhang)).getInteger("served")).isZero();
    }
}
