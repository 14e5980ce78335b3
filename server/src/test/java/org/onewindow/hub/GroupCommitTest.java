package org.onewindow.hub;

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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.store.EventLogCheck;
import org.onewindow.testing.TestHub;

/**
 * Commands sent at once share transactions: a refused one among them (an unknown service, a cancel with the
 * wrong key) is answered with its own error and takes no other down; every ticket answered 201 is in the
 * log, numbered without gaps, and the log's hash chain runs on unbroken.
 */
class GroupCommitTest {
    @TempDir
    Path dir;

    @Test
    void aRefusedCommandInABurstTakesNoOtherDown() {
        Set<String> numbers = new TreeSet<>();
        try (TestHub hub = TestHub.start(dir)) {
            String victim = hub.issue("tax").getString("id");
            numbers.add("B001");
            WebClient client = WebClient.create(hub.vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
                    .setDefaultPort(hub.port()), new PoolOptions().setHttp1MaxSize(32));
            for (int round = 0; round < 5; round++) {
                List<Future<HttpResponse<Buffer>>> burst = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    if (i % 10 == 5) {
                        burst.add(client.post("/api/v1/tickets").sendJsonObject(new JsonObject().put("service", "nothing-such")));
                    } else if (i % 10 == 7) {
                        burst.add(client.post("/api/v1/tickets/" + victim + "/cancel")
                                .sendJsonObject(new JsonObject().put("key", "not-the-key")));
                    } else {
                        burst.add(client.post("/api/v1/tickets").sendJsonObject(new JsonObject().put("service", "tax")));
                    }
                }
                List<HttpResponse<Buffer>> answers = Future.all(burst).await().list();
                for (int i = 0; i < answers.size(); i++) {
                    HttpResponse<Buffer> answer = answers.get(i);
                    if (i % 10 == 5) {
                        assertThat(answer.statusCode()).isEqualTo(404);
                    } else if (i % 10 == 7) {
                        assertThat(answer.statusCode()).isEqualTo(403);
                    } else {
                        assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(201);
                        assertThat(numbers.add(answer.bodyAsJsonObject().getString("number"))).isTrue();
                    }
                }
            }
            client.close();
            JsonObject victimNow = hub.get("/api/v1/tickets/" + victim).bodyAsJsonObject();
            assertThat(victimNow.getString("status")).isEqualTo("waiting");
            JsonObject tax = hub.get("/api/v1/hall").bodyAsJsonObject().getJsonArray("services").stream()
                    .map(JsonObject.class::cast).filter(s -> s.getString("id").equals("tax")).findFirst().orElseThrow();
            assertThat(tax.getInteger("waiting")).isEqualTo(numbers.size());
        }
        // 1 + 5 × 24 tickets, B001 … B121 with no gap, each a chained row of the log.
        assertThat(numbers).hasSize(121).contains("B001", "B121");
        assertThat(EventLogCheck.check(dir.resolve("data"), null).line())
                .startsWith("event log intact: 121 rows checked");
    }
}
