package org.onewindow.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.store.HallStore;

/**
 * {@code backup} as a technician runs it beside a busy hub: the packaged jar serves 4 clients issuing
 * tickets non-stop while a second process copies the database. Every ticket answered 201 before the
 * backup began is in the copy, the copy's log is intact, and the copy opens as a hub's data directory.
 */
class BackupIT {
    private static final int CLIENTS = 4;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aBackupTakenWhileTicketsAreIssuedHoldsEveryTicketAcknowledgedBeforeIt() throws Exception {
        int port = CrashRecoveryIT.freePort();
        HubProcess hub = HubProcess.start(dir, port);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger count = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch warm = new CountDownLatch(100);
        CountDownLatch afterBackup = new CountDownLatch(20);
        AtomicBoolean backupDone = new AtomicBoolean();
        Set<String> acknowledgedBeforeBackup;
        Path copy = dir.resolve("copies").resolve("busy.db");
        String line;
        Thread[] clients = new Thread[CLIENTS];
        try {
            hub.awaitHealthy(http, port);
            for (int c = 0; c < CLIENTS; c++) {
                clients[c] = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tickets"))
                                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"business-change\"}")).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 201) {
                                return;
                            }
                            acknowledged.add(new JsonObject(r.body()).getString("id"));
                            count.incrementAndGet();
                            warm.countDown();
                            if (backupDone.get()) {
                                afterBackup.countDown();
                            }
                        } catch (IOException | InterruptedException e) {
                            return;
                        }
                    }
                });
                clients[c].start();
            }
            assertThat(warm.await(60, TimeUnit.SECONDS)).as("100 tickets issued before the backup").isTrue();
            acknowledgedBeforeBackup = new HashSet<>(acknowledged);
            int countAtStart = count.get();

            Process backup = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    HubProcess.JAR.toString(), "backup", "--data", dir.resolve("data").toString(), "--to", copy.toString())
                    .redirectErrorStream(true).start();
            line = new String(backup.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(backup.waitFor()).as(line).isZero();
            backupDone.set(true);
            // The hub kept issuing through the backup and after it: the copy did not stop the hall.
            assertThat(afterBackup.await(60, TimeUnit.SECONDS)).as("tickets issued after the backup").isTrue();
            assertThat(count.get()).isGreaterThan(countAtStart);
        } finally {
            stop.set(true);
            for (Thread client : clients) {
                if (client != null) {
                    client.join();
                }
            }
            hub.stop();
        }

        assertThat(line).startsWith("backup written to " + copy.toAbsolutePath()).contains("event log intact");
        Set<String> inCopy = ticketIds(copy);
        assertThat(inCopy).containsAll(acknowledgedBeforeBackup);
        System.out.printf("backup: %d tickets acknowledged before the backup, %d in the copy, %d acknowledged in all%n",
                acknowledgedBeforeBackup.size(), inCopy.size(), acknowledged.size());

        // The copy is a data directory's database: a hub starts on it and serves the tickets.
        Path restored = dir.resolve("restored");
        Files.createDirectories(restored.resolve("data"));
        Files.copy(copy, restored.resolve("data").resolve(HallStore.FILE_NAME));
        int port2 = CrashRecoveryIT.freePort();
        HubProcess second = HubProcess.start(restored, port2);
        try {
            second.awaitHealthy(http, port2);
            String some = acknowledgedBeforeBackup.iterator().next();
            HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port2 + "/api/v1/tickets/" + some))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(found.statusCode()).isEqualTo(200);
        } finally {
            second.stop();
        }
    }

    private static Set<String> ticketIds(Path file) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM tickets")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

}
