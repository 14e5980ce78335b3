package org.onewindow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.api.TicketApiTest.assertError;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;

/** What staff do at a window and what managers change, over real HTTP. */
class CounterApiTest {
    @TempDir
    Path dir;
    TestHub hub;
    String staff;

    @BeforeEach
    void start() {
        hub = TestHub.start(dir);
        staff = hub.login("s01");
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private HttpResponse<Buffer> at(String counter, String action) {
        return hub.post("/api/v1/counters/" + counter + "/" + action, null, staff);
    }

    private JsonObject ok(HttpResponse<Buffer> response) {
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
        return response.bodyAsJsonObject();
    }

    @Test
    void loginNeedsTheRightPassword() {
        assertError(hub.post("/api/v1/sessions", new JsonObject().put("staff", "s01").put("password", "wrong")), 401, "BAD_CREDENTIALS");
        assertError(hub.post("/api/v1/sessions", new JsonObject().put("staff", "nobody").put("password", "x")), 401, "BAD_CREDENTIALS");
        assertError(hub.post("/api/v1/sessions", new JsonObject().put("staff", "s01")), 400, "BAD_REQUEST");
        HttpResponse<Buffer> session = hub.post("/api/v1/sessions", new JsonObject().put("staff", "m01").put("password", TestHub.PASSWORD));
        assertThat(session.statusCode()).isEqualTo(201);
        assertThat(session.bodyAsJsonObject().getString("role")).isEqualTo("manager");
        assertThat(session.bodyAsJsonObject().getString("staff")).isEqualTo("m01");
        assertThat(session.bodyAsJsonObject().getString("name")).isEqualTo("王经理");
    }

    @Test
    void counterCallsNeedAValidUnexpiredToken() {
        assertError(hub.post("/api/v1/counters/1/open", null), 401, "UNAUTHENTICATED");
        assertError(hub.post("/api/v1/counters/1/open", null, "made-up"), 401, "SESSION_EXPIRED");
        hub.clock.advance(Duration.ofHours(13));
        assertError(at("1", "open"), 401, "SESSION_EXPIRED");
    }

    @Test
    void onlyManagersChangeProfilesAndReadReports() {
        JsonObject body = new JsonObject().put("services", new JsonArray().add("commerce").add("tax"));
        assertError(hub.put("/api/v1/counters/1/profile", body, staff), 403, "FORBIDDEN");
        assertError(hub.get("/api/v1/reports/daily?date=2026-11-26", staff), 403, "FORBIDDEN");

        String manager = hub.login("m01");
        JsonObject counter = ok(hub.put("/api/v1/counters/1/profile", body, manager));
        assertThat(counter.getJsonArray("profile").getList()).containsExactly("commerce", "tax");
        assertThat(ok(hub.put("/api/v1/counters/1/profile", body, hub.login("a01"))).getString("id")).isEqualTo("1");
        assertError(hub.put("/api/v1/counters/1/profile", new JsonObject().put("services", new JsonArray().add("nope")), manager), 404, "UNKNOWN_SERVICE");
        assertError(hub.put("/api/v1/counters/1/profile", new JsonObject().put("services", "commerce"), manager), 400, "BAD_REQUEST");
    }

    @Test
    void profileChangeRoutesTheNextCall() {
        hub.issue("tax");
        ok(at("2", "open"));
        ok(at("1", "open"));
        // Window 2, idle, has tax in its profile: window 1 leaves tax to it.
        assertThat(at("1", "call").statusCode()).isEqualTo(204);
        ok(hub.put("/api/v1/counters/1/profile", new JsonObject().put("services", new JsonArray().add("tax")), hub.login("m01")));
        assertThat(ok(at("1", "call")).getString("number")).isEqualTo("B001");
    }

    @Test
    void aClosedWindowCannotCallAndAnUnknownOneIs404() {
        hub.issue("commerce");
        assertError(at("1", "call"), 409, "COUNTER_NOT_OPEN");
        assertError(at("9", "open"), 404, "UNKNOWN_COUNTER");
        ok(at("1", "open"));
        ok(at("1", "pause"));
        assertError(at("1", "call"), 409, "COUNTER_NOT_OPEN");
        assertThat(ok(at("1", "close")).getString("status")).isEqualTo("closed");
    }

    @Test
    void callsRecallsAndCompletes() {
        JsonObject ticket = hub.issue("commerce");
        JsonObject opened = ok(at("1", "open"));
        assertThat(opened.getString("status")).isEqualTo("open");
        assertThat(opened.getString("staff")).isEqualTo("s01");

        JsonObject called = ok(at("1", "call"));
        assertThat(called.getString("id")).isEqualTo(ticket.getString("id"));
        assertThat(called.getString("status")).isEqualTo("called");
        assertThat(called.getString("counter")).isEqualTo("1");
        assertThat(called.getString("calledAt")).isNotNull();

        assertThat(ok(at("1", "recall")).getInteger("recalls")).isEqualTo(1);
        JsonObject completed = ok(at("1", "complete"));
        assertThat(completed.getString("status")).isEqualTo("completed");
        assertThat(completed.getString("completedAt")).isNotNull();
        assertError(at("1", "complete"), 409, "NO_CURRENT_TICKET");
        assertError(at("1", "recall"), 409, "NO_CURRENT_TICKET");
        JsonObject hall = hub.get("/api/v1/hall").bodyAsJsonObject();
        assertThat(hall.getJsonArray("counters").getJsonObject(0).getString("lastTicket")).isEqualTo(ticket.getString("id"));
    }

    @Test
    void callWithNothingWaitingIs204() {
        ok(at("1", "open"));
        HttpResponse<Buffer> nothing = at("1", "call");
        assertThat(nothing.statusCode()).isEqualTo(204);
        assertThat(nothing.body()).isNull();
    }

    @Test
    void callingAgainCompletesTheCurrentTicketFirst() {
        String first = hub.issue("commerce").getString("id");
        hub.issue("commerce");
        ok(at("1", "open"));
        ok(at("1", "call"));
        assertThat(ok(at("1", "call")).getString("number")).isEqualTo("A002");
        assertThat(hub.get("/api/v1/tickets/" + first).bodyAsJsonObject().getString("status")).isEqualTo("completed");
        assertThat(at("1", "call").statusCode()).isEqualTo(204);
    }

    @Test
    void noShowEndsTheTicket() {
        hub.issue("commerce");
        ok(at("1", "open"));
        ok(at("1", "call"));
        assertThat(ok(at("1", "no-show")).getString("status")).isEqualTo("no_show");
    }

    @Test
    void priorityTicketsAreCalledFirstThenOldest() {
        hub.issue("commerce");
        hub.issue("tax");
        hub.issue("commerce");
        hub.issue(new JsonObject().put("service", "tax").put("priority", "priority"));
        ok(at("3", "open"));
        assertThat(ok(at("3", "call")).getString("number")).isEqualTo("B002");
        ok(at("1", "open"));
        assertThat(ok(at("1", "call")).getString("number")).isEqualTo("A001");
        assertThat(ok(at("1", "call")).getString("number")).isEqualTo("A002");
    }

    @Test
    void transferToAServiceKeepsNumberAndPlaceInTime() {
        hub.issue("commerce");
        hub.clock.advance(Duration.ofMinutes(1));
        hub.issue("tax");
        ok(at("1", "open"));
        ok(at("1", "call"));
        JsonObject moved = ok(hub.post("/api/v1/counters/1/transfer", new JsonObject().put("service", "tax"), staff));
        assertThat(moved.getString("status")).isEqualTo("waiting");
        assertThat(moved.getString("service")).isEqualTo("tax");
        assertThat(moved.getString("number")).isEqualTo("A001");
        assertThat(moved.getInteger("ahead")).isZero();

        ok(at("2", "open"));
        assertThat(ok(at("2", "call")).getString("number")).isEqualTo("A001");
    }

    @Test
    void transferToAWindowIsCalledOnlyThere() {
        hub.issue("commerce");
        ok(at("1", "open"));
        ok(at("1", "call"));
        assertError(hub.post("/api/v1/counters/1/transfer", new JsonObject().put("counter", "2"), staff), 409, "OUTSIDE_SKILLS");
        ok(at("3", "open"));
        ok(hub.post("/api/v1/counters/1/transfer", new JsonObject().put("counter", "3"), staff));
        assertThat(at("1", "call").statusCode()).isEqualTo(204);
        assertThat(ok(at("3", "call")).getString("number")).isEqualTo("A001");
    }

    @Test
    void transferNeedsExactlyOneKnownTarget() {
        hub.issue("commerce");
        ok(at("1", "open"));
        ok(at("1", "call"));
        assertError(hub.post("/api/v1/counters/1/transfer", new JsonObject(), staff), 400, "BAD_REQUEST");
        assertError(hub.post("/api/v1/counters/1/transfer", new JsonObject().put("service", "tax").put("counter", "2"), staff), 400, "BAD_REQUEST");
        assertError(hub.post("/api/v1/counters/1/transfer", new JsonObject().put("service", "nope"), staff), 404, "UNKNOWN_SERVICE");
        assertError(hub.post("/api/v1/counters/1/transfer", new JsonObject().put("counter", "42"), staff), 404, "UNKNOWN_COUNTER");
    }

    @Test
    void queueListsWhatTheWindowMayCallInOrder() {
        hub.issue("commerce");
        hub.issue("tax");
        hub.issue(new JsonObject().put("service", "commerce").put("priority", "priority"));
        JsonArray queue = ok(hub.get("/api/v1/counters/1/queue", staff)).getJsonArray("tickets");
        assertThat(queue.stream().map(t -> ((JsonObject) t).getString("number"))).containsExactly("A002", "A001");
    }

    @Test
    void dailyReportCountsTheDayPerServiceAndWindow() {
        hub.issue("commerce");
        hub.issue("commerce");
        hub.issue("tax");
        ok(at("1", "open"));
        hub.clock.advance(Duration.ofMinutes(6));
        JsonObject firstTicket = ok(at("1", "call"));
        String first = firstTicket.getString("id");
        hub.clock.advance(Duration.ofMinutes(10));
        ok(at("1", "call"));
        hub.clock.advance(Duration.ofMinutes(2));
        ok(at("1", "no-show"));
        assertThat(hub.post("/api/v1/tickets/" + first + "/rating", new JsonObject().put("key", firstTicket.getString("key")).put("score", 4)).statusCode()).isEqualTo(201);

        String manager = hub.login("m01");
        JsonObject report = ok(hub.get("/api/v1/reports/daily?date=2026-11-26", manager));
        assertThat(report.getString("date")).isEqualTo("2026-11-26");
        JsonObject commerce = report.getJsonArray("services").getJsonObject(0);
        assertThat(commerce.getString("id")).isEqualTo("commerce");
        assertThat(commerce.getInteger("issued")).isEqualTo(2);
        assertThat(commerce.getInteger("completed")).isEqualTo(1);
        assertThat(commerce.getInteger("noShows")).isEqualTo(1);
        assertThat(commerce.getDouble("meanWaitMinutes")).isEqualTo(11.0);
        assertThat(commerce.getDouble("p90WaitMinutes")).isEqualTo(16.0);
        assertThat(commerce.getDouble("meanServiceMinutes")).isEqualTo(10.0);
        JsonObject windowOne = report.getJsonArray("counters").getJsonObject(0);
        assertThat(windowOne.getInteger("called")).isEqualTo(2);
        assertThat(windowOne.getJsonObject("ratings").getInteger("4")).isEqualTo(1);
        assertThat(report.getJsonObject("total").getInteger("issued")).isEqualTo(3);
        assertError(hub.get("/api/v1/reports/daily?date=yesterday", manager), 400, "BAD_REQUEST");
    }

    @Test
    void aWindowServingSomeoneCannotCloseButMayPause() {
        hub.issue("commerce");
        ok(at("1", "open"));
        ok(at("1", "call"));
        assertError(at("1", "close"), 409, "TICKET_IN_SERVICE");
        assertThat(ok(at("1", "pause")).getString("status")).isEqualTo("paused");
        ok(at("1", "complete"));
        assertThat(ok(at("1", "close")).getString("status")).isEqualTo("closed");
    }

    @Test
    void transferToAWindowThatIsNotOpenIsRefused() {
        hub.issue("commerce");
        ok(at("1", "open"));
        ok(at("1", "call"));
        assertError(hub.post("/api/v1/counters/1/transfer", new JsonObject().put("counter", "3"), staff), 409, "COUNTER_NOT_OPEN");
    }

    @Test
    void aProfileStaysWithinTheStaffsSkills() {
        String manager = hub.login("m01");
        assertError(hub.put("/api/v1/counters/2/profile", new JsonObject().put("services", new JsonArray().add("commerce")), manager),
                409, "OUTSIDE_SKILLS");
        assertError(hub.put("/api/v1/counters/1/profile", new JsonObject().put("services", new JsonArray().add("*")), manager),
                409, "OUTSIDE_SKILLS");
        assertError(hub.put("/api/v1/counters/3/profile", new JsonObject().put("services", new JsonArray().add("*").add("tax")), manager),
                400, "BAD_REQUEST");
        assertThat(ok(hub.put("/api/v1/counters/3/profile", new JsonObject().put("services", new JsonArray().add("tax")), manager))
                .getJsonArray("profile").getList()).containsExactly("tax");
    }

    @Test
    void signingOutEndsTheTokenAndTheSchemeIsCaseInsensitive() {
        assertThat(hub.send(io.vertx.core.http.HttpMethod.POST, "/api/v1/counters/1/open", null, null).statusCode()).isEqualTo(401);
        int lowerCase = hub.vertx.createHttpClient()
                .request(io.vertx.core.http.HttpMethod.POST, hub.port(), "127.0.0.1", "/api/v1/counters/1/open")
                .compose(request -> request.putHeader("Authorization", "bearer " + staff).send())
                .map(io.vertx.core.http.HttpClientResponse::statusCode).await();
        assertThat(lowerCase).isEqualTo(200);
        assertThat(hub.send(io.vertx.core.http.HttpMethod.DELETE, "/api/v1/sessions", staff, null).statusCode()).isEqualTo(204);
        assertError(at("1", "open"), 401, "SESSION_EXPIRED");
    }
}
