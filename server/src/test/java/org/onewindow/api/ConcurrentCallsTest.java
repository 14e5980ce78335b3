package org.onewindow.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;

/**
 * Presses of "call" at the same moment: three windows never get the same ticket, and two clerks at
 * one window never complete each other's visitor.
 */
class ConcurrentCallsTest {
    @TempDir
    Path dir;

    @Test
    void windowsCallingAtOnceNeverShareATicket() {
        try (TestHub hub = TestHub.start(dir)) {
            String token = hub.login("s01");
            int tickets = 60;
            for (int i = 0; i < tickets; i++) {
                hub.issue(i % 2 == 0 ? "commerce" : "tax");
            }
            List<String> windows = List.of("1", "2", "3");
            windows.forEach(w -> hub.post("/api/v1/counters/" + w + "/open", null, token));

            WebClient client = WebClient.create(hub.vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
                    .setDefaultPort(hub.port()), new PoolOptions().setHttp1MaxSize(windows.size()));
            Set<String> called = new HashSet<>();
            int rounds = 0;
            int calledCount = 0;
            while (calledCount < tickets && rounds++ < tickets) {
                List<Future<HttpResponse<Buffer>>> presses = new ArrayList<>();
                for (String window : windows) {
                    presses.add(client.post("/api/v1/counters/" + window + "/call").bearerTokenAuthentication(token).send());
                }
                for (HttpResponse<Buffer> response : Future.all(presses).await().<HttpResponse<Buffer>>list()) {
                    if (response.statusCode() == 200) {
                        JsonObject ticket = response.bodyAsJsonObject();
                        assertThat(called.add(ticket.getString("id"))).as("%s called twice", ticket.getString("number")).isTrue();
                        calledCount++;
                    } else {
                        assertThat(response.statusCode()).isEqualTo(204);
                    }
                }
            }
            assertThat(called).hasSize(tickets);
            client.close();
        }
    }

    @Test
    void twoClerksPressingCallAtOneWindowAtOnceOnlyTheHolderCalls() {
        try (TestHub hub = TestHub.start(dir)) {
            String clerkA = hub.login("s01");
            String clerkB = hub.login("s02");
            int rounds = 10;
            for (int i = 0; i < rounds + 1; i++) {
                hub.issue("commerce");
            }
            hub.post("/api/v1/counters/1/open", null, clerkA);
            String serving = hub.post("/api/v1/counters/1/call", null, clerkA).bodyAsJsonObject().getString("id");

            WebClient client = WebClient.create(hub.vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
                    .setDefaultPort(hub.port()), new PoolOptions().setHttp1MaxSize(2));
            for (int round = 0; round < rounds; round++) {
                Future<HttpResponse<Buffer>> pressA = client.post("/api/v1/counters/1/call").bearerTokenAuthentication(clerkA).send();
                Future<HttpResponse<Buffer>> pressB = client.post("/api/v1/counters/1/call").bearerTokenAuthentication(clerkB).send();
                Future.all(pressA, pressB).await();

                assertThat(pressB.result().statusCode()).as(pressB.result().bodyAsString()).isEqualTo(409);
                assertThat(pressB.result().bodyAsJsonObject().getJsonObject("error").getString("code")).isEqualTo("COUNTER_HELD");
                assertThat(pressA.result().statusCode()).as(pressA.result().bodyAsString()).isEqualTo(200);
                assertThat(hub.get("/api/v1/tickets/" + serving).bodyAsJsonObject().getString("status"))
                        .as("A's visitor, completed by A's own call").isEqualTo("completed");
                serving = pressA.result().bodyAsJsonObject().getString("id");
            }
            assertThat(hub.get("/api/v1/tickets/" + serving).bodyAsJsonObject().getString("status")).isEqualTo("called");
            assertThat(hub.auditedActors("TICKET_CALLED")).hasSize(rounds + 1).containsOnly("s01");
            assertThat(hub.auditedActors("TICKET_COMPLETED")).isEmpty();
            client.close();
        }
    }
}
