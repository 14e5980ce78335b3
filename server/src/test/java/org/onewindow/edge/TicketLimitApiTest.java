package org.onewindow.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;

/** POST /api/v1/tickets without a device token: at most limits.ticketsPerAddressPerMinute per address. */
class TicketLimitApiTest {
    @TempDir
    Path dir;

    @Test
    void theSeventhTicketInAMinuteIsRefusedWithRetryAfterUntilTheMinuteHasPassed() {
        try (TestHub hub = TestHub.start(dir, TestHub.morningClock(), EdgeHall.yaml())) {
            for (int i = 0; i < 6; i++) {
                assertThat(take(hub).statusCode()).isEqualTo(201);
                hub.clock.advance(Duration.ofSeconds(5));
            }
            HttpResponse<Buffer> refused = take(hub);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("TOO_MANY_REQUESTS");
            // The first ticket was taken 30 s ago: it leaves the minute in 30 s.
            assertThat(refused.getHeader("Retry-After")).isEqualTo("30");

            hub.clock.advance(Duration.ofSeconds(29));
            assertThat(take(hub).statusCode()).isEqualTo(429);
            hub.clock.advance(Duration.ofSeconds(1));
            assertThat(take(hub).statusCode()).isEqualTo(201);
            assertThat(take(hub).statusCode()).isEqualTo(429);
        }
    }

    @Test
    void theLimitComesFromTheHallFile() {
        try (TestHub hub = TestHub.start(dir, TestHub.morningClock(), EdgeHall.yaml("limits: {ticketsPerAddressPerMinute: 2}"))) {
            assertThat(take(hub).statusCode()).isEqualTo(201);
            assertThat(take(hub).statusCode()).isEqualTo(201);
            HttpResponse<Buffer> refused = take(hub);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        }
    }

    @Test
    void refusedTicketsDoNotUseUpTheQuotaAndOtherCallsAreNotLimited() {
        try (TestHub hub = TestHub.start(dir, TestHub.morningClock(), EdgeHall.yaml("limits: {ticketsPerAddressPerMinute: 1}"))) {
            JsonObject ticket = take(hub).bodyAsJsonObject();
            for (int i = 0; i < 5; i++) {
                assertThat(take(hub).statusCode()).isEqualTo(429);
            }
            assertThat(hub.get("/api/v1/hall").statusCode()).isEqualTo(200);
            assertThat(hub.get("/api/v1/tickets/" + ticket.getString("id")).statusCode()).isEqualTo(200);
            hub.clock.advance(Duration.ofMinutes(1));
            assertThat(take(hub).statusCode()).isEqualTo(201);
        }
    }

    @Test
    void pairedKiosksAndAgentsAreNotLimitedButPadsAndRevokedKiosksAre() {
        String devices = """
                limits: {ticketsPerAddressPerMinute: 1}
                devices:
                  kiosks: [{id: k1}]
                  pads: [{id: pad1, counter: "1"}]
                  agents: [{id: a1, counter: "1"}]
                """;
        try (TestHub hub = TestHub.start(dir, TestHub.morningClock(), EdgeHall.yaml(devices))) {
            String kiosk = hub.pair("kiosk", "k1");
            String agent = hub.pair("agent", "a1");
            String pad = hub.pair("pad", "pad1");
            for (int i = 0; i < 3; i++) {
                assertThat(take(hub, kiosk).statusCode()).isEqualTo(201);
                assertThat(take(hub, agent).statusCode()).isEqualTo(201);
            }
            assertThat(take(hub, pad).statusCode()).isEqualTo(201);
            assertThat(take(hub, pad).statusCode()).as("a pad issues no tickets in the hall's name").isEqualTo(429);
            assertThat(take(hub).statusCode()).as("the same address without a token").isEqualTo(429);

            assertThat(hub.send(io.vertx.core.http.HttpMethod.DELETE, "/api/v1/devices/k1/pairing", hub.login("m01"), null)
                    .statusCode()).isEqualTo(204);
            assertThat(take(hub, kiosk).statusCode()).isEqualTo(429);
        }
    }

    private static HttpResponse<Buffer> take(TestHub hub, String token) {
        return hub.send(io.vertx.core.http.HttpMethod.POST, "/api/v1/tickets", token, "{\"service\":\"tax\"}");
    }

    private static HttpResponse<Buffer> take(TestHub hub) {
        return hub.post("/api/v1/tickets", new JsonObject().put("service", "tax"));
    }
}
