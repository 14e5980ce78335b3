package org.onewindow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.api.TicketApiTest.assertError;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.events.BusClient;
import org.onewindow.testing.TestHub;

/**
 * A ticket's id is public (boards, GET /hall, hall.called); only its key lets anyone act for its visitor
 * (CONTRACT §6). Each test is a story of someone on the hall's Wi-Fi trying with the id alone.
 */
class TicketKeyApiTest {
    @TempDir
    Path dir;
    TestHub hub;
    String staff;

    @BeforeEach
    void start() {
        hub = TestHub.start(dir);
        staff = hub.login("s01");
        hub.post("/api/v1/counters/1/open", null, staff);
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void anIdFromTheHallStateCannotRateAnotherVisitorsService() {
        JsonObject visitor = hub.issue("commerce");
        hub.post("/api/v1/counters/1/call", null, staff);
        hub.post("/api/v1/counters/1/complete", null, staff);
        String lastTicket = hub.get("/api/v1/hall").bodyAsJsonObject().getJsonArray("counters").getJsonObject(0)
                .getString("lastTicket");
        assertThat(lastTicket).isEqualTo(visitor.getString("id"));

        String rating = "/api/v1/tickets/" + lastTicket + "/rating";
        assertError(hub.post(rating, new JsonObject().put("score", 1)), 403, "BAD_TICKET_KEY");
        assertError(hub.post(rating, new JsonObject().put("score", 1).put("key", hub.issue("tax").getString("key"))),
                403, "BAD_TICKET_KEY");
        assertError(hub.post(rating, new JsonObject().put("score", 1)), 403, "BAD_TICKET_KEY");
        // Staff may not rate for a visitor either.
        assertError(hub.post(rating, new JsonObject().put("score", 5), staff), 403, "BAD_TICKET_KEY");

        // The real visitor's rating still counts.
        assertThat(hub.post(rating, new JsonObject().put("score", 5).put("key", visitor.getString("key"))).statusCode())
                .isEqualTo(201);
    }

    @Test
    void cancellingNeedsTheKeyOrStaff() {
        JsonObject first = hub.issue("commerce");
        JsonObject second = hub.issue("commerce");
        String cancel = "/api/v1/tickets/" + first.getString("id") + "/cancel";

        assertError(hub.post(cancel, null), 403, "BAD_TICKET_KEY");
        assertError(hub.post(cancel, new JsonObject().put("key", second.getString("key"))), 403, "BAD_TICKET_KEY");
        assertThat(hub.get("/api/v1/tickets/" + first.getString("id")).bodyAsJsonObject().getString("status")).isEqualTo("waiting");

        assertThat(hub.post(cancel, new JsonObject().put("key", first.getString("key"))).statusCode()).isEqualTo(200);
        // Staff cancel for a visitor at the counter without a key.
        JsonObject byStaff = hub.post("/api/v1/tickets/" + second.getString("id") + "/cancel", null, staff).bodyAsJsonObject();
        assertThat(byStaff.getString("status")).isEqualTo("cancelled");
        assertThat(hub.auditedActors("TICKET_CANCELLED")).containsExactly("visitor", "s01");
    }

    @Test
    void withoutItsKeyATicketShowsOnlyWhereItStands() {
        JsonObject ticket = hub.issue("commerce");
        String id = ticket.getString("id");

        JsonObject open = hub.get("/api/v1/tickets/" + id).bodyAsJsonObject();
        assertThat(open.fieldNames()).isEqualTo(Set.of("id", "number", "service", "status", "ahead",
                "estimatedWaitMinutes", "counter", "counterName"));
        JsonObject full = hub.get("/api/v1/tickets/" + id + "?key=" + ticket.getString("key")).bodyAsJsonObject();
        assertThat(full.getString("trackUrl")).endsWith("?key=" + ticket.getString("key"));
        assertThat(full.getJsonArray("materials")).isNotEmpty();
        assertError(hub.get("/api/v1/tickets/" + id + "?key=wrong"), 403, "BAD_TICKET_KEY");
    }

    @Test
    void keysNeverAppearInPublicStateOrEvents() throws Exception {
        try (BusClient bus = BusClient.plain(hub.port())) {
            bus.register("hall.called");
            bus.register("hall.state");
            JsonObject ticket = hub.issue("commerce");
            JsonObject called = hub.post("/api/v1/counters/1/call", null, staff).bodyAsJsonObject();
            assertThat(called.getString("key")).as("staff see the key").isEqualTo(ticket.getString("key"));

            JsonObject announced = bus.nextOn("hall.called");
            JsonObject state = bus.nextOn("hall.state");
            String key = ticket.getString("key");
            assertThat(announced.getString("ticket")).isEqualTo(ticket.getString("id"));
            assertThat(announced.encode()).doesNotContain(key);
            assertThat(state.encode()).doesNotContain(key);
            assertThat(hub.get("/api/v1/hall").bodyAsString()).doesNotContain(key);
            assertThat(hub.get("/api/v1/tickets/" + ticket.getString("id")).bodyAsString()).doesNotContain(key);
        }
    }
}
