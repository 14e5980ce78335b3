package org.onewindow.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged hub, as an appliance runs it: once it has issued tickets and played their forecast, the
 * forecast's worker runs at nice 19, and the desk and the event loops keep the hub's own priority.
 */
class BackgroundPriorityIT {
    @TempDir
    Path dir;

    @Test
    void theForecastWorkerRunsAtTheLowestPriorityAndTheDeskAndEventLoopsDoNot() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HubProcess hub = HubProcess.start(dir, port);
        try {
            HttpClient http = HttpClient.newHttpClient();
            hub.awaitHealthy(http, port);
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tickets"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"business-registration\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            }
            hub.awaitLine(BackgroundPriority.LOWERED);
            Map<String, Integer> threads = ThreadNice.ofProcess(hub.process.pid());
            int hubOwn = threads.get("java");
            assertThat(threads).containsEntry("onewindow-forec", BackgroundPriority.NICE)
                    .containsEntry("onewindow-hall-", hubOwn)
                    .containsEntry("vert.x-eventloo", hubOwn);
        } finally {
            hub.stop();
        }
    }
}
