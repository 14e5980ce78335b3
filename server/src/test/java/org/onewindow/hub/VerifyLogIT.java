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
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.store.HallStore;
import org.onewindow.store.LogHead;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Ticket;
import org.onewindow.tickets.TicketStatus;

/** {@code verify-log} as a technician runs it: the packaged jar, its exit status and its one line. */
class VerifyLogIT {
    private static final Pattern LOGGED_HEAD = Pattern.compile("event log head: seq (\\d+), hash ([0-9a-f]{64})");

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run verifyLog(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", HubProcess.JAR.toString(), "verify-log"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out, err);
    }

    /** Three tickets issued straight into a store, as the hub would have. */
    private LogHead threeTickets(Path data) {
        Instant at = Instant.parse("2025-03-03T01:30:00Z");
        try (HallStore store = HallStore.open(data, ZoneId.of("Asia/Shanghai"))) {
            for (int i = 1; i <= 3; i++) {
                Ticket ticket = new Ticket("t-" + i, LocalDate.of(2025, 3, 3), "A00" + i, "tax", Priority.NORMAL,
                        Channel.KIOSK, "zh", TicketStatus.WAITING, i, null, null, at.plusSeconds(i), null, null, 0, 5, false, "key-" + i);
                store.append(new HallEvent(HallEvent.Kind.TICKET_ISSUED, at.plusSeconds(i), "kiosk", List.of(ticket), List.of(), null));
            }
            return store.logHead();
        }
    }

    @Test
    void anIntactLogExitsZeroWithOneSummaryLine() throws Exception {
        Path data = dir.resolve("data");
        LogHead head = threeTickets(data);

        Run run = verifyLog("--data", data.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("event log intact: 3 rows checked, last seq 3, head " + head.hash() + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aChangedRowExitsOneNamingIt() throws Exception {
        Path data = dir.resolve("data");
        threeTickets(data);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(HallStore.FILE_NAME));
             Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER events_no_update");
            s.executeUpdate("UPDATE events SET actor = 'staff' WHERE seq = 2");
        }

        Run run = verifyLog("--data", data.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("event log broken: row 2 was changed: its content no longer matches its hash"
                + System.lineSeparator());
    }

    @Test
    void noDataDirectoryOrNoDatabaseIsRefusedInOneLine() throws Exception {
        Run noDir = verifyLog("--data", dir.resolve("nowhere").toString());
        assertThat(noDir.status()).isEqualTo(2);
        assertThat(noDir.out()).isEmpty();
        assertThat(noDir.err().strip()).isEqualTo("verify-log: no data directory at " + dir.resolve("nowhere").toAbsolutePath());

        Run noDatabase = verifyLog("--data", dir.toString());
        assertThat(noDatabase.status()).isEqualTo(2);
        assertThat(noDatabase.err().strip()).isEqualTo("verify-log: no hall database at " + dir.resolve(HallStore.FILE_NAME).toAbsolutePath());
        assertThat(dir.resolve(HallStore.FILE_NAME)).doesNotExist();

        Run badHead = verifyLog("--data", dir.toString(), "--head", "abc");
        assertThat(badHead.status()).isEqualTo(2);
        assertThat(badHead.err().strip()).doesNotContain("\n").contains("64-digit hex");
    }

    @Test
    void theHeadTheHubLogsAtStartPinsTheHistoryBeforeIt() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        int port = CrashRecoveryIT.freePort();
        HubProcess first = HubProcess.start(dir, port);
        try {
            first.awaitHealthy(http, port);
            issue(http, port);
            issue(http, port);
        } finally {
            first.stop();
        }
        HubProcess second = HubProcess.start(dir, port);
        Matcher logged;
        try {
            second.awaitHealthy(http, port);
            logged = second.output.stream().map(LOGGED_HEAD::matcher).filter(Matcher::find).findFirst().orElseThrow();
            issue(http, port);
        } finally {
            second.stop();
        }
        assertThat(Long.parseLong(logged.group(1))).isGreaterThanOrEqualTo(2);

        Run run = verifyLog("--data", dir.resolve("data").toString(), "--head", logged.group(2));

        assertThat(run.status()).isZero();
        assertThat(run.out().strip()).startsWith("event log intact: ").endsWith("pinned head found at seq " + logged.group(1));
    }

    private static void issue(HttpClient http, int port) throws Exception {
        String service = new JsonObject(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/hall"))
                .build(), HttpResponse.BodyHandlers.ofString()).body()).getJsonArray("services").getJsonObject(0).getString("id");
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tickets"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("service", service).encode())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).isEqualTo(201);
    }
}
