package org.onewindow.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub jar killed with SIGKILL while 8 clients issue tickets, each in bursts of {@value #BURST} at once
 * (so the desk commits them in groups): every ticket answered 201 survives, and after restart no number
 * is issued twice. Prints the start-up time and issue rate it saw
 * (reported, never asserted: numbers come from benchmarks, not tests).
 */
class CrashRecoveryIT {
    private static final int CLIENTS = 8;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 400;
    /** Requests each client sends at once, then waits for: many commands arrive together. */
    private static final int BURST = 8;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void sigkillLosesNoAnsweredTicketAndNoNumberRepeats() throws Exception {
        int port = freePort();
        HubProcess hub = HubProcess.start(dir, port);
        long startMillis = hub.awaitHealthy(http, port);
        String[] services = services(port);

        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Map<String, String> keys = new ConcurrentHashMap<>();
        AtomicInteger count = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        long issueStart = System.nanoTime();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String service = services[c % services.length];
            Thread client = new Thread(() -> {
                while (true) {
                    List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
                    for (int b = 0; b < BURST; b++) {
                        burst.add(postAsync(port, "/api/v1/tickets", new JsonObject().put("service", service)));
                    }
                    boolean gone = false;
                    for (var sent : burst) {
                        try {
                            HttpResponse<String> response = sent.get();
                            if (response.statusCode() != 201) {
                                gone = true;
                                continue;
                            }
                            JsonObject ticket = new JsonObject(response.body());
                            keys.put(ticket.getString("id"), ticket.getString("key"));
                            acknowledged.put(ticket.getString("id"), dayAndNumber(ticket));
                            if (count.incrementAndGet() >= ACKNOWLEDGED_BEFORE_KILL) {
                                enough.countDown();
                            }
                        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                            gone = true; // the hub is gone
                        }
                    }
                    if (gone) {
                        return;
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        assertThat(enough.await(120, java.util.concurrent.TimeUnit.SECONDS)).as("%d tickets issued", ACKNOWLEDGED_BEFORE_KILL).isTrue();
        hub.kill();
        double seconds = (System.nanoTime() - issueStart) / 1e9;
        for (Thread client : clients) {
            client.join();
        }
        int answered = acknowledged.size();

        HubProcess restarted = HubProcess.start(dir, port);
        try {
            restarted.awaitHealthy(http, port);
            for (Map.Entry<String, String> ticket : acknowledged.entrySet()) {
                // With its key: the whole ticket, issue time included (the public view has no time).
                HttpResponse<String> found = get(port, "/api/v1/tickets/" + ticket.getKey() + "?key=" + keys.get(ticket.getKey()));
                assertThat(found.statusCode()).as("ticket %s answered 201 before the kill", ticket.getValue()).isEqualTo(200);
                assertThat(dayAndNumber(new JsonObject(found.body()))).isEqualTo(ticket.getValue());
            }
            Set<String> numbers = new HashSet<>(acknowledged.values());
            assertThat(numbers).hasSize(answered);
            for (int i = 0; i < 30; i++) {
                String number = dayAndNumber(new JsonObject(post(port, "/api/v1/tickets",
                        new JsonObject().put("service", services[i % services.length])).body()));
                assertThat(numbers.add(number)).as("number %s issued again after restart", number).isTrue();
            }
        } finally {
            restarted.stop();
        }
        String report = String.format("crash-recovery: start to /health=200 %d ms; %d tickets answered 201 by 8 clients in bursts of 8 in %.2f s = %.0f tickets/s; all %d found after SIGKILL%n",
                startMillis, answered, seconds, answered / seconds, answered);
        System.out.print(report);
        Files.writeString(Path.of("target", "crash-recovery.txt"), report);
    }

    /** Numbers are unique within a hall day (they restart at midnight, hall time): "2026-11-27 A012". */
    private static String dayAndNumber(JsonObject ticket) {
        return ticket.getString("issuedAt").substring(0, 10) + " " + ticket.getString("number");
    }

    /** The demo hall's services without a daily quota, so that several numbering sequences run at once. */
    private String[] services(int port) throws IOException, InterruptedException {
        return new JsonObject(get(port, "/api/v1/hall").body()).getJsonArray("services").stream()
                .map(JsonObject.class::cast)
                .filter(service -> service.getValue("dailyQuota") == null)
                .map(service -> service.getString("id"))
                .toArray(String[]::new);
    }

    private HttpResponse<String> post(int port, String path, JsonObject body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body.encode())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private java.util.concurrent.CompletableFuture<HttpResponse<String>> postAsync(int port, String path, JsonObject body) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body.encode())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
