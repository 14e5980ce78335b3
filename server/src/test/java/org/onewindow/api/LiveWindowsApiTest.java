package org.onewindow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.ApiAssertions.assertError;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.MutableClock;
import org.onewindow.testing.TestHub;

/**
 * The live windows panel's figures over real HTTP: tickets issued, called and completed through the API
 * on the test hall (window 1 serves commerce and is trained for tax, window 2 serves tax, window 3 serves
 * everything), the clock moved by hand from 10:00 in Shanghai; the figures agree with the tickets' own
 * records, and survive a restart of the hub.
 */
class LiveWindowsApiTest {
    @TempDir
    Path dir;
    MutableClock clock = TestHub.morningClock();
    TestHub hub;

    @AfterEach
    void stop() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void aQuietMorningSaysNothingHappenedYet() {
        hub = TestHub.start(dir, clock);
        JsonObject live = live(hub.login("m01"));

        assertThat(live.getBoolean("activity")).isFalse();
        assertThat(live.getJsonArray("lines")).isEmpty();
        assertThat(live.getString("day")).isEqualTo("2026-11-26");
        assertThat(windows(live)).extracting(w -> w.getString("status")).containsExactly("closed", "closed", "closed");
        assertThat(windows(live)).extracting(w -> w.getValue("idleMinutes")).containsOnlyNulls();
    }

    @Test
    void onlyManagersSeeIt() {
        hub = TestHub.start(dir, clock);
        assertError(hub.get("/api/v1/reports/live"), 401, "UNAUTHENTICATED");
        assertError(hub.get("/api/v1/reports/live", hub.login("s01")), 403, "FORBIDDEN");
        assertThat(hub.get("/api/v1/reports/live", hub.login("a01")).statusCode()).isEqualTo(200);
    }

    @Test
    void theFiguresFollowRealTrafficAndAgreeWithTheTickets() {
        hub = TestHub.start(dir, clock);
        String zhang = hub.login("s01");
        String li = hub.login("s02");
        String manager = hub.login("m01");
        List<String> tickets = new ArrayList<>();
        ok(hub.post("/api/v1/counters/1/open", null, zhang));     // 10:00
        ok(hub.post("/api/v1/counters/2/open", null, li));
        for (String service : new String[] {"commerce", "commerce", "commerce", "tax", "tax"}) {
            tickets.add(hub.issue(service).getString("id"));      // A001-A003, B001, B002 at 10:00
        }
        clock.advanceMinutes(2);
        ok(hub.post("/api/v1/counters/1/call", null, zhang));     // A001 at 10:02
        clock.advanceMinutes(6);
        ok(hub.post("/api/v1/counters/1/call", null, zhang));     // A001 done, A002 at 10:08
        clock.advanceMinutes(4);
        ok(hub.post("/api/v1/counters/1/complete", null, zhang)); // A002 done at 10:12: window 1 free
        clock.advanceMinutes(1);
        ok(hub.post("/api/v1/counters/2/call", null, li));        // B001 at 10:13
        clock.advanceMinutes(1);
        ok(hub.post("/api/v1/counters/3/open", null, manager));   // the manager opens window 3 at 10:14
        clock.advanceMinutes(6);                                  // 10:20

        JsonObject live = live(manager);

        assertThat(live.getBoolean("activity")).isTrue();
        assertThat(live.getString("at")).isEqualTo("2026-11-26T10:20:00+08:00");
        JsonObject one = window(live, "1");
        assertThat(one.getInteger("served")).isEqualTo(2).isEqualTo(completedAt(tickets, "1"));
        assertThat(one.getString("staffName")).isEqualTo("张三");
        assertThat(one.getString("lastCallAt")).isEqualTo("2026-11-26T10:08:00+08:00");
        assertThat(one.getString("idleSince")).isEqualTo("2026-11-26T10:12:00+08:00");
        assertThat(one.getLong("idleMinutes")).isEqualTo(8);
        assertThat(one.getString("currentNumber")).isNull();
        JsonObject two = window(live, "2");
        assertThat(two.getInteger("served")).isZero().isEqualTo(completedAt(tickets, "2"));
        assertThat(two.getString("currentNumber")).isEqualTo("B001");
        assertThat(two.getString("visitorSince")).isEqualTo("2026-11-26T10:13:00+08:00");
        assertThat(two.getLong("visitorMinutes")).isEqualTo(7);
        assertThat(two.getValue("idleMinutes")).isNull();
        JsonObject three = window(live, "3");
        assertThat(three.getString("staffName")).isEqualTo("王经理");
        assertThat(three.getString("idleSince")).isEqualTo("2026-11-26T10:14:00+08:00");

        // Both lines have waited 20 minutes, the commerce line since 10:00 with A003, tax with B002.
        assertThat(live.getJsonArray("lines")).hasSize(2);
        JsonObject commerce = line(live, "commerce");
        assertThat(commerce.getInteger("waiting")).isEqualTo(1);
        assertThat(commerce.getString("oldestNumber")).isEqualTo("A003");
        assertThat(commerce.getLong("waitedMinutes")).isEqualTo(20);
        assertThat(commerce.getBoolean("longest")).isTrue();
        assertThat(line(live, "tax").getBoolean("longest")).isTrue();
        // Window 1 has been free 8 minutes and could take either; window 3 only 6 minutes, and serves everything.
        assertThat(one.getJsonArray("couldTake")).containsExactlyInAnyOrder("commerce", "tax");
        assertThat(three.getJsonArray("couldTake")).containsExactlyInAnyOrder("commerce", "tax");
        assertThat(two.getJsonArray("couldTake")).as("busy with a visitor").isEmpty();

        // A restarted hub knows the same: window 3's opening comes from the event log alone.
        hub.close();
        hub = TestHub.restart(dir, clock, 0);
        JsonObject again = live(hub.login("m01"));
        assertThat(window(again, "1").getString("idleSince")).isEqualTo("2026-11-26T10:12:00+08:00");
        assertThat(window(again, "1").getInteger("served")).isEqualTo(2);
        assertThat(window(again, "3").getString("idleSince")).isEqualTo("2026-11-26T10:14:00+08:00");
        assertThat(window(again, "2").getString("visitorSince")).isEqualTo("2026-11-26T10:13:00+08:00");
    }

    /** How many of the tickets the window completed, by each ticket's own record. */
    private int completedAt(List<String> ids, String counter) {
        String manager = hub.login("m01");
        int count = 0;
        for (String id : ids) {
            JsonObject ticket = hub.get("/api/v1/tickets/" + id, manager).bodyAsJsonObject();
            if ("completed".equals(ticket.getString("status")) && counter.equals(ticket.getString("counter"))) {
                count++;
            }
        }
        return count;
    }

    private JsonObject live(String token) {
        var response = hub.get("/api/v1/reports/live", token);
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
        return response.bodyAsJsonObject();
    }

    private static void ok(io.vertx.ext.web.client.HttpResponse<io.vertx.core.buffer.Buffer> response) {
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    }

    private static List<JsonObject> windows(JsonObject live) {
        JsonArray array = live.getJsonArray("windows");
        List<JsonObject> list = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            list.add(array.getJsonObject(i));
        }
        return list;
    }

    private static JsonObject window(JsonObject live, String id) {
        return windows(live).stream().filter(w -> id.equals(w.getString("counter"))).findFirst().orElseThrow();
    }

    private static JsonObject line(JsonObject live, String service) {
        JsonArray lines = live.getJsonArray("lines");
        for (int i = 0; i < lines.size(); i++) {
            if (service.equals(lines.getJsonObject(i).getString("service"))) {
                return lines.getJsonObject(i);
            }
        }
        throw new AssertionError("no line " + service + " in " + lines.encode());
    }
}
