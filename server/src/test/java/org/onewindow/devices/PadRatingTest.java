package org.onewindow.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.ApiAssertions.assertError;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.MutableClock;
import org.onewindow.tickets.RatingPrompt;
import org.onewindow.testing.TestHub;

/**
 * A pad paired to window 1 rates only that window's tickets, and only the visitor in front of it
 * (RatingPrompt): the stories a newcomer found, on a real hub.
 */
class PadRatingTest {
    @TempDir
    Path dir;
    MutableClock clock = TestHub.morningClock();
    TestHub hub;
    String staff;
    String pad;

    @BeforeEach
    void start() {
        hub = TestHub.start(dir, clock);
        staff = hub.login("s01");
        pad = hub.pair("pad", "pad1");
        hub.post("/api/v1/counters/1/open", null, staff);
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private JsonObject prompt() {
        return hub.get("/api/v1/devices/me/prompt", pad).bodyAsJsonObject();
    }

    private String rate(String ticketId, int score) {
        return hub.post("/api/v1/tickets/" + ticketId + "/rating", new JsonObject().put("score", score), pad).bodyAsString();
    }

    @Test
    void aPadStopsAskingAboutTheLastVisitorOnceTheNextHasSatDown() {
        JsonObject b007 = hub.issue("commerce");
        JsonObject b008 = hub.issue("commerce");
        hub.post("/api/v1/counters/1/call", null, staff);
        clock.advance(Duration.ofMinutes(5));
        hub.post("/api/v1/counters/1/complete", null, staff);
        assertThat(prompt().getJsonObject("ticket").getString("id")).isEqualTo(b007.getString("id"));

        clock.advance(Duration.ofSeconds(30));
        hub.post("/api/v1/counters/1/call", null, staff); // B008 is called and walks up
        clock.advance(RatingPrompt.NEXT_VISITOR_GRACE.minusSeconds(1));
        assertThat(prompt().getJsonObject("ticket").getString("id")).as("B007 may still be at the pad").isEqualTo(b007.getString("id"));
        clock.advance(Duration.ofSeconds(1));
        assertThat(prompt().containsKey("ticket")).as("B008 has sat down").isFalse();
        assertError(hub.post("/api/v1/tickets/" + b007.getString("id") + "/rating", new JsonObject().put("score", 1), pad),
                409, "RATING_CLOSED");
        // The visitor with the ticket's key can still rate from the phone.
        assertThat(hub.post("/api/v1/tickets/" + b007.getString("id") + "/rating",
                new JsonObject().put("score", 4).put("key", b007.getString("key"))).statusCode()).isEqualTo(201);
        assertThat(b008.getString("number")).isEqualTo("A002");
    }

    @Test
    void aFreshlyLoadedPadDoesNotAskAboutAVisitorWhoLeftMinutesAgo() {
        JsonObject visitor = hub.issue("commerce");
        hub.post("/api/v1/counters/1/call", null, staff);
        hub.post("/api/v1/counters/1/complete", null, staff);
        clock.advance(Duration.ofMinutes(4));

        assertThat(prompt().containsKey("ticket")).isFalse();
        assertError(hub.post("/api/v1/tickets/" + visitor.getString("id") + "/rating", new JsonObject().put("score", 1), pad),
                409, "RATING_CLOSED");
    }

    @Test
    void theVisitorInFrontOfThePadRatesOnceAndThePromptEnds() {
        JsonObject visitor = hub.issue("commerce");
        hub.post("/api/v1/counters/1/call", null, staff);
        hub.post("/api/v1/counters/1/complete", null, staff);
        JsonObject asked = prompt();
        assertThat(asked.getJsonObject("ticket").getString("number")).isEqualTo("A001");
        assertThat(asked.getJsonObject("ticket").containsKey("key")).isFalse();
        assertThat(asked.getLong("endsInSeconds")).isEqualTo(RatingPrompt.OPEN_FOR.toSeconds());

        assertThat(rate(visitor.getString("id"), 2)).contains("\"score\":2");
        assertThat(prompt().containsKey("ticket")).isFalse();
        assertThat(hub.auditedActors("TICKET_RATED")).containsExactly("device:pad1");
    }

    @Test
    void aPadRatesOnlyTicketsItsOwnWindowServed() {
        String otherPad = hub.pair("pad", "pad2");
        JsonObject visitor = hub.issue("commerce");
        hub.post("/api/v1/counters/1/call", null, staff);
        hub.post("/api/v1/counters/1/complete", null, staff);

        assertError(hub.post("/api/v1/tickets/" + visitor.getString("id") + "/rating", new JsonObject().put("score", 1), otherPad),
                403, "BAD_TICKET_KEY");
        String kiosk = hub.pair("kiosk", "k1");
        assertError(hub.post("/api/v1/tickets/" + visitor.getString("id") + "/rating", new JsonObject().put("score", 1), kiosk),
                403, "BAD_TICKET_KEY");
        assertError(hub.get("/api/v1/devices/me/prompt", kiosk), 403, "FORBIDDEN");
    }

    @Test
    void aNoShowStartsNoPrompt() {
        hub.issue("commerce");
        hub.post("/api/v1/counters/1/call", null, staff);
        hub.post("/api/v1/counters/1/no-show", null, staff);
        assertThat(prompt().containsKey("ticket")).isFalse();
    }
}
