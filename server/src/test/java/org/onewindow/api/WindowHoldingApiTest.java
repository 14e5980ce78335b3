package org.onewindow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.api.TicketApiTest.assertError;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.MutableClock;
import org.onewindow.testing.TestHub;

/**
 * One clerk per window over real HTTP: clerk A (s01, 张三) opens window 1 and serves a visitor;
 * clerk B (s02, 李四) is refused on that window; a manager (m01, 王经理) may take it over.
 */
class WindowHoldingApiTest {
    private static final JsonObject TAKE_OVER = new JsonObject().put("takeOver", true);

    @TempDir
    Path dir;
    MutableClock clock = TestHub.morningClock();
    TestHub hub;
    String clerkA;
    String clerkB;

    @BeforeEach
    void start() {
        hub = TestHub.start(dir, clock);
        clerkA = hub.login("s01");
        clerkB = hub.login("s02");
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private HttpResponse<Buffer> at(String action, String token) {
        return hub.post("/api/v1/counters/1/" + action, null, token);
    }

    private static JsonObject ok(HttpResponse<Buffer> response) {
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
        return response.bodyAsJsonObject();
    }

    private static void assertHeldBy(HttpResponse<Buffer> response, String holder) {
        assertError(response, 409, "COUNTER_HELD");
        assertThat(response.bodyAsJsonObject().getJsonObject("error").getString("message")).contains("window 1 is held by " + holder);
    }

    private String status(String ticketId) {
        return hub.get("/api/v1/tickets/" + ticketId).bodyAsJsonObject().getString("status");
    }

    private JsonObject windowOne() {
        return hub.get("/api/v1/hall").bodyAsJsonObject().getJsonArray("counters").getJsonObject(0);
    }

    /** Clerk A opens window 1 and calls; the called ticket's id. */
    private String clerkAServing() {
        hub.issue("commerce");
        hub.issue("commerce");
        ok(at("open", clerkA));
        return ok(at("call", clerkA)).getString("id");
    }

    @Test
    void aSecondClerkCannotOpenCallOrCompleteAWindowAnotherHolds() {
        String visitor = clerkAServing();

        assertHeldBy(at("open", clerkB), "张三 (s01)");
        assertHeldBy(at("call", clerkB), "张三 (s01)");
        assertHeldBy(at("complete", clerkB), "张三 (s01)");
        assertHeldBy(at("no-show", clerkB), "张三 (s01)");
        assertHeldBy(at("pause", clerkB), "张三 (s01)");
        assertHeldBy(hub.post("/api/v1/counters/1/transfer", new JsonObject().put("service", "tax"), clerkB), "张三 (s01)");

        assertThat(status(visitor)).isEqualTo("called");
        assertThat(windowOne().getString("currentTicket")).isEqualTo(visitor);
        assertThat(hub.auditedActors("TICKET_COMPLETED")).isEmpty();
        ok(at("complete", clerkA));
        assertThat(status(visitor)).isEqualTo("completed");
    }

    @Test
    void theHallShowsWhoHoldsEachWindowByName() {
        clerkAServing();
        JsonObject one = windowOne();
        assertThat(one.getString("staff")).isEqualTo("s01");
        assertThat(one.getString("staffName")).isEqualTo("张三");
        JsonObject two = hub.get("/api/v1/hall").bodyAsJsonObject().getJsonArray("counters").getJsonObject(1);
        assertThat(two.getValue("staffName")).isNull();
    }

    @Test
    void closingFreesTheWindowForAnotherClerk() {
        ok(at("open", clerkA));
        ok(at("close", clerkA));
        JsonObject opened = ok(at("open", clerkB));
        assertThat(opened.getString("staff")).isEqualTo("s02");
        assertThat(opened.getString("staffName")).isEqualTo("李四");
    }

    @Test
    void aManagerTakesTheWindowOverAndTheLogSaysFromWhom() {
        String visitor = clerkAServing();
        String manager = hub.login("m01");
        assertHeldBy(at("open", manager), "张三 (s01)");
        assertHeldBy(at("call", manager), "张三 (s01)");

        JsonObject taken = ok(hub.post("/api/v1/counters/1/open", TAKE_OVER, manager));

        assertThat(taken.getString("staff")).isEqualTo("m01");
        assertThat(taken.getString("staffName")).isEqualTo("王经理");
        assertThat(taken.getString("status")).isEqualTo("open");
        assertThat(taken.getString("currentTicket")).isEqualTo(visitor);
        assertThat(hub.auditedActors("COUNTER_TAKEN_OVER")).containsExactly("m01 (took window 1 over from s01)");
        assertHeldBy(at("call", clerkA), "王经理 (m01)");
        assertThat(ok(at("complete", manager)).getString("id")).isEqualTo(visitor);
    }

    @Test
    void plainStaffMayNotTakeOver() {
        clerkAServing();
        assertError(hub.post("/api/v1/counters/1/open", TAKE_OVER, clerkB), 403, "FORBIDDEN");
        assertError(hub.post("/api/v1/counters/2/open", TAKE_OVER, clerkB), 403, "FORBIDDEN");
        assertHeldBy(hub.post("/api/v1/counters/1/open", new JsonObject().put("takeOver", false), clerkB), "张三 (s01)");
        assertError(hub.post("/api/v1/counters/1/open", new JsonObject().put("takeOver", "yes"), hub.login("m01")), 400, "BAD_REQUEST");
        assertThat(windowOne().getString("staff")).isEqualTo("s01");
    }

    @Test
    void aManagersProfileChangeIsNotRefusedForTheHold() {
        clerkAServing();
        JsonObject body = new JsonObject().put("services", new JsonArray().add("commerce").add("tax"));
        JsonObject changed = ok(hub.put("/api/v1/counters/1/profile", body, hub.login("m01")));
        assertThat(changed.getJsonArray("profile").getList()).containsExactly("commerce", "tax");
        assertThat(changed.getString("staff")).isEqualTo("s01");
    }

    @Test
    void signingOutFreesTheWindowAndTheNextClerkCarriesOnWithTheVisitor() {
        String visitor = clerkAServing();
        ok(hub.post("/api/v1/counters/3/open", null, clerkA));

        assertThat(hub.send(HttpMethod.DELETE, "/api/v1/sessions", clerkA, null).statusCode()).isEqualTo(204);

        JsonObject one = windowOne();
        assertThat(one.getString("status")).isEqualTo("paused");
        assertThat(one.getValue("staff")).isNull();
        assertThat(one.getString("currentTicket")).isEqualTo(visitor);
        assertThat(status(visitor)).isEqualTo("called");
        assertThat(hub.get("/api/v1/hall").bodyAsJsonObject().getJsonArray("counters").getJsonObject(2).getString("status"))
                .isEqualTo("closed");
        assertThat(hub.auditedActors("COUNTERS_RELEASED")).containsExactly("s01 (signed out)");

        ok(at("open", clerkB));
        assertThat(ok(at("complete", clerkB)).getString("id")).isEqualTo(visitor);
        assertThat(hub.auditedActors("TICKET_COMPLETED")).containsExactly("s02");
    }

    @Test
    void theHoldSurvivesARestart() {
        String visitor = clerkAServing();
        hub.close();
        hub = TestHub.start(dir, clock);
        clerkB = hub.login("s02");

        assertThat(windowOne().getString("staffName")).isEqualTo("张三");
        assertHeldBy(at("call", clerkB), "张三 (s01)");
        assertThat(status(visitor)).isEqualTo("called");

        clerkA = hub.login("s01");
        assertThat(ok(at("call", clerkA)).getString("number")).isEqualTo("A002");
        assertThat(status(visitor)).isEqualTo("completed");
    }

    @Test
    void theHoldOutlivesTheHoldersExpiredSession() {
        String visitor = clerkAServing();
        clock.advance(java.time.Duration.ofHours(13));
        clerkB = hub.login("s02");
        assertError(at("call", clerkA), 401, "SESSION_EXPIRED");

        assertHeldBy(at("open", clerkB), "张三 (s01)");
        clerkA = hub.login("s01");
        ok(at("complete", clerkA));
        assertThat(status(visitor)).isEqualTo("completed");
    }
}
