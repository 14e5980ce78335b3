package org.onewindow.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.ApiAssertions.assertError;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;

/** The device agent a1 of window 1: its rating keys rate like window 1's pad, its call key calls for the clerk. */
class AgentApiTest {
    @TempDir
    Path dir;
    TestHub hub;
    String agent;
    String clerk;

    @BeforeEach
    void start() {
        hub = TestHub.start(dir);
        agent = hub.pair("agent", "a1");
        clerk = hub.login("s01");
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void anAgentsRatingKeysRateTheVisitorJustServedAtItsWindow() {
        JsonObject visitor = hub.issue("commerce");
        hub.post("/api/v1/counters/1/open", null, clerk);
        hub.post("/api/v1/counters/1/call", null, clerk);
        hub.post("/api/v1/counters/1/complete", null, clerk);

        var rated = hub.post("/api/v1/tickets/" + visitor.getString("id") + "/rating", new JsonObject().put("score", 5), agent);
        assertThat(rated.statusCode()).as(rated.bodyAsString()).isEqualTo(201);
        assertThat(hub.auditedActors("TICKET_RATED")).containsExactly("device:a1");
    }

    @Test
    void anAgentCannotRateAVisitorOfAnotherWindow() {
        JsonObject visitor = hub.issue("tax");
        hub.post("/api/v1/counters/2/open", null, clerk);
        hub.post("/api/v1/counters/2/call", null, clerk);
        hub.post("/api/v1/counters/2/complete", null, clerk);
        assertError(hub.post("/api/v1/tickets/" + visitor.getString("id") + "/rating", new JsonObject().put("score", 1), agent),
                403, "BAD_TICKET_KEY");
    }

    @Test
    void theCallKeyCallsForTheClerkHoldingTheWindow() {
        JsonObject visitor = hub.issue("commerce");
        assertError(hub.post("/api/v1/counters/1/call", null, agent), 409, "COUNTER_NOT_HELD");

        hub.post("/api/v1/counters/1/open", null, clerk);
        var called = hub.post("/api/v1/counters/1/call", null, agent);
        assertThat(called.statusCode()).as(called.bodyAsString()).isEqualTo(200);
        assertThat(called.bodyAsJsonObject().getString("id")).isEqualTo(visitor.getString("id"));
        assertThat(hub.auditedActors("TICKET_CALLED")).containsExactly("s01");
        assertThat(hub.post("/api/v1/counters/1/call", null, agent).statusCode()).as("nothing waits").isEqualTo(204);
    }

    @Test
    void anAgentCallsOnlyItsOwnWindow() {
        hub.post("/api/v1/counters/2/open", null, clerk);
        assertError(hub.post("/api/v1/counters/2/call", null, agent), 403, "FORBIDDEN");
        assertThat(hub.post("/api/v1/counters/1/complete", null, agent).statusCode()).as("only the call key").isEqualTo(401);
    }
}
