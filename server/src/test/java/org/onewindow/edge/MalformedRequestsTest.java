package org.onewindow.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;

/**
 * Two thousand malformed requests over every endpoint against a real hub with the default ticket limit:
 * no answer is a 5xx, and afterwards (once the limits' windows have passed) the hub issues a ticket.
 */
class MalformedRequestsTest {
    @TempDir
    Path dir;

    @Test
    void malformedInputNeverGetsA5xxAndTheHubKeepsIssuingTickets() throws Exception {
        try (TestHub hub = TestHub.start(dir, TestHub.morningClock(), EdgeHall.yaml())) {
            Map<Integer, Integer> counts = MalformedRequests.run("127.0.0.1", hub.port(), 2000, 7);
            System.out.println("malformed requests, answers per status (0 = closed without answer): " + counts);
            MalformedRequests.EXAMPLES.forEach(example -> System.out.println("  e.g. " + example));

            assertThat(counts.keySet()).as("statuses %s", counts).allMatch(status -> status < 500);
            assertThat(counts).containsKeys(400, 404, 415, 429);
            assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2000);

            hub.clock.advance(Duration.ofMinutes(16));
            assertThat(hub.post("/api/v1/tickets", new JsonObject().put("service", "tax")).statusCode()).isEqualTo(201);
            assertThat(hub.get("/health").statusCode()).isEqualTo(200);
        }
    }
}
