package org.onewindow.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.ApiAssertions;
import org.onewindow.testing.TestHub;

/** What the kiosk promises is what the ticket says: ahead counts only the windows that may call it. */
class HonestNumbersApiTest {
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

    private JsonObject service(String id) {
        JsonObject hall = hub.get("/api/v1/hall").bodyAsJsonObject();
        return hall.getJsonArray("services").stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("id").equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aheadCountsOnlyTicketsTheWindowsThatMayCallThisOneCallFirst() {
        String staff = hub.login("s01");
        String other = hub.login("s02");
        hub.post("/api/v1/counters/1/open", null, staff);   // commerce (trained for tax too)
        hub.post("/api/v1/counters/2/open", null, other);   // tax only
        for (int i = 0; i < 6; i++) {
            hub.issue("tax");
        }
        hub.issue("commerce");
        int promised = service("commerce").getInteger("ahead");
        JsonObject ticket = hub.issue("commerce");
        assertThat(ticket.getInteger("ahead")).isEqualTo(promised);
        // Only the first commerce ticket is before it: window 2's six tax calls are not.
        assertThat(ticket.getInteger("ahead")).isEqualTo(1);
        assertThat(service("commerce").getInteger("waiting")).isEqualTo(2);
        JsonObject view = hub.get("/api/v1/tickets/" + ticket.getString("id")).bodyAsJsonObject();
        assertThat(view.getInteger("ahead")).isEqualTo(ticket.getInteger("ahead"));
    }

    @Test
    void aLineNoOpenWindowServesSaysSo() {
        JsonObject closed = service("commerce");
        assertThat(closed.getBoolean("served")).isFalse();
        JsonObject ticket = hub.issue("commerce");
        assertThat(ticket.getBoolean("served")).isFalse();
        hub.post("/api/v1/counters/1/open", null, hub.login("s01"));
        assertThat(service("commerce").getBoolean("served")).isTrue();
        assertThat(hub.get("/api/v1/tickets/" + ticket.getString("id") + "?key=" + ticket.getString("key"))
                .bodyAsJsonObject().getBoolean("served")).isTrue();
    }

    @Test
    void theHallGivesItsHoursForTheClosedKiosk() {
        JsonObject hall = hub.get("/api/v1/hall").bodyAsJsonObject();
        JsonObject line = hall.getJsonArray("hours").getJsonObject(0);
        assertThat(line.getJsonArray("days").getList()).containsExactly(1, 2, 3, 4, 5);
        assertThat(line.getString("open")).isEqualTo("08:30");
        assertThat(line.getString("close")).isEqualTo("17:30");
    }

    @Test
    void aManagerStopsAndRestartsTicketingForOneMatterAndTheLogSaysWho() {
        String manager = hub.login("m01");
        ApiAssertions.assertError(hub.post("/api/v1/services/commerce/stop", null, hub.login("s01")), 403, "FORBIDDEN");
        JsonObject stopped = hub.post("/api/v1/services/commerce/stop", null, manager).bodyAsJsonObject();
        assertThat(stopped.getBoolean("stopped")).isTrue();
        assertThat(stopped.getBoolean("open")).isFalse();
        ApiAssertions.assertError(hub.post("/api/v1/tickets", new JsonObject().put("service", "commerce")), 409, "SERVICE_CLOSED");
        assertThat(hub.issue("tax").getString("number")).isEqualTo("B001");
        assertThat(hub.auditedActors("SERVICE_STOPPED")).containsExactly("m01");

        JsonObject resumed = hub.post("/api/v1/services/commerce/resume", null, manager).bodyAsJsonObject();
        assertThat(resumed.getBoolean("stopped")).isFalse();
        assertThat(hub.issue("commerce").getString("number")).isEqualTo("A001");
        assertThat(hub.auditedActors("SERVICE_RESUMED")).containsExactly("m01");
    }

    @Test
    void aStopSurvivesARestart() {
        hub.post("/api/v1/services/records/stop", null, hub.login("m01"));
        hub.close();
        hub = TestHub.start(dir);
        assertThat(service("records").getBoolean("stopped")).isTrue();
        ApiAssertions.assertError(hub.post("/api/v1/tickets", new JsonObject().put("service", "records")), 409, "SERVICE_CLOSED");
    }
}
