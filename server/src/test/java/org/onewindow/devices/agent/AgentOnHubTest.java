package org.onewindow.devices.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.hardware.agent.AgentCommand;
import org.onewindow.hardware.escpos.EscPosDecoder;
import org.onewindow.hardware.escpos.Printout;
import org.onewindow.testing.TestHub;

/**
 * The device agent under --gpio mock (Pi4J's mock platform), driven by its documented stdin/stdout
 * protocol, against a real hub: pairing, presses, lamps, revocation.
 */
class AgentOnHubTest {
    @TempDir
    Path dir;
    TestHub hub;
    org.onewindow.testing.MutableClock clock = TestHub.morningClock();
    PipedOutputStream keys;
    /** The agent's standard output; every write wakes whoever waits for a line. */
    ByteArrayOutputStream output = new ByteArrayOutputStream() {
        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            super.write(bytes, offset, length);
            notifyAll();
        }

        @Override
        public synchronized void write(int b) {
            super.write(b);
            notifyAll();
        }
    };
    Thread agent;
    Path tickets;

    @BeforeEach
    void start() throws Exception {
        hub = TestHub.start(dir, clock);
        tickets = dir.resolve("tickets.bin");
        Path config = dir.resolve("agent.yaml");
        Files.writeString(config, """
                device: a1
                printer: file:%s
                buttons:
                  - {pin: 17, ticket: commerce}
                  - {pin: 27, call: "1"}
                pad: {counter: "1", pins: [5, 6, 13, 19, 26]}
                lamps:
                  - {pin: 21, lights: calling, counter: "1"}
                  - {pin: 20, lights: fault}
                speaker: true
                """.formatted(tickets));
        keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys);
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        agent = new Thread(() -> {
            try {
                AgentCommand.run(new String[] {"--hub", "http://127.0.0.1:" + hub.port(), "--config", config.toString(),
                        "--gpio", "mock"}, in, out);
            } catch (Exception e) {
                out.println("agent died: " + e);
            }
        }, "agent-under-test");
        agent.start();
        approvePairing();
        awaitLine("ready: device a1");
    }

    @AfterEach
    void stop() throws Exception {
        keys.close();
        agent.join(10_000);
        hub.close();
    }

    private String log() {
        return output.toString(StandardCharsets.UTF_8);
    }

    /** Waits for the agent to print a line matching the pattern: each write of its output wakes this up. */
    private Matcher awaitLine(String pattern) throws InterruptedException {
        Pattern wanted = Pattern.compile(pattern);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        synchronized (output) {
            while (true) {
                Matcher m = wanted.matcher(log());
                if (m.find()) {
                    return m;
                }
                long left = deadline - System.nanoTime();
                assertThat(left).as("agent said /" + pattern + "/; it said:\n" + log()).isPositive();
                output.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private void approvePairing() throws InterruptedException {
        String code = awaitLine("pairing code: (\\d{6})").group(1);
        String manager = hub.login("m01");
        JsonArray pending = hub.get("/api/v1/pairings", manager).bodyAsJsonObject().getJsonArray("pairings");
        String id = pending.getJsonObject(0).getString("id");
        assertThat(hub.post("/api/v1/pairings/" + id + "/approve", new JsonObject().put("code", code).put("device", "a1"), manager)
                .statusCode()).isEqualTo(200);
    }

    private void press(int pin) throws IOException {
        keys.write(("press " + pin + "\n").getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    @Test
    void aPressPrintsOneTicketOnTheAgentsPrinter() throws Exception {
        assertThat(Files.readString(dir.resolve("agent.state"))).contains("\"device\":\"a1\"");
        press(17);
        String number = awaitLine("ticket (A\\d{3}): printed").group(1);
        Printout printed = EscPosDecoder.decode(Files.readAllBytes(tickets));
        assertThat(printed.biggestLine()).isEqualTo(number);
        assertThat(printed.cuts()).isEqualTo(1);
        JsonObject full = hub.get("/api/v1/tickets/" + printed.qrCodes().get(0).replaceAll(".*/t/([^?]+)\\?key=(.*)", "$1?key=$2"))
                .bodyAsJsonObject();
        assertThat(full.getString("number")).isEqualTo(number);
        assertThat(printed.qrCodes()).containsExactly(full.getString("trackUrl"));
    }

    @Test
    void theCallKeyCallsForTheClerkAndTheLampFollows() throws Exception {
        JsonObject visitor = hub.issue("commerce");
        press(27);
        awaitLine("call window 1: refused, COUNTER_NOT_HELD");
        String clerk = hub.login("s01");
        hub.post("/api/v1/counters/1/open", null, clerk);
        press(27);
        awaitLine("call window 1: " + visitor.getString("number"));
        awaitLine("pin 21 high");
        // The speaker fetched the hub's spoken announcement (espeak-ng here and in CI): a WAV of a second or more.
        String seconds = awaitLine("speaker: " + visitor.getString("number") + " (?:announced \\(|fetched \\()([0-9.]+) s").group(1);
        assertThat(Double.parseDouble(seconds)).isGreaterThanOrEqualTo(1.0);
        assertThat(hub.auditedActors("TICKET_CALLED")).containsExactly("s01");
    }

    @Test
    void aRatingKeyRatesTheVisitorJustServed() throws Exception {
        JsonObject visitor = hub.issue("commerce");
        String clerk = hub.login("s01");
        hub.post("/api/v1/counters/1/open", null, clerk);
        hub.post("/api/v1/counters/1/call", null, clerk);
        hub.post("/api/v1/counters/1/complete", null, clerk);
        press(26);
        awaitLine("rating 5 for " + visitor.getString("number") + ": accepted");
        assertThat(hub.get("/api/v1/tickets/" + visitor.getString("id") + "?key=" + visitor.getString("key"))
                .bodyAsJsonObject().getBoolean("rated")).isTrue();
        press(5);
        awaitLine("rating 1: nobody to rate at window 1");
    }

    @Test
    void aRatingPressedWhileTheHubRestartsIsSentOnceItIsBack() throws Exception {
        JsonObject visitor = hub.issue("commerce");
        String clerk = hub.login("s01");
        hub.post("/api/v1/counters/1/open", null, clerk);
        hub.post("/api/v1/counters/1/call", null, clerk);
        hub.post("/api/v1/counters/1/complete", null, clerk);
        awaitLine("prompt: " + visitor.getString("number") + " at window 1");

        int port = hub.port();
        hub.close();
        awaitLine("hub: unreachable");
        press(26);
        awaitLine("rating 5 for " + visitor.getString("number") + ": kept until the hub is back");
        hub = TestHub.restart(dir, clock, port);

        awaitLine("rating 5 for " + visitor.getString("number") + ": accepted");
        assertThat(hub.get("/api/v1/tickets/" + visitor.getString("id") + "?key=" + visitor.getString("key"))
                .bodyAsJsonObject().getBoolean("rated")).isTrue();
        assertThat(hub.auditedActors("TICKET_RATED")).containsExactly("device:a1");
        assertThat(log()).containsOnlyOnce("accepted");
    }

    @Test
    void aPressWhileTheHubIsAwayPrintsNothingAndLightsTheFaultLamp() throws Exception {
        int port = hub.port();
        hub.close();
        awaitLine("hub: unreachable");
        awaitLine("pin 20 high");
        press(17);
        awaitLine("ticket: hub unreachable, no ticket printed \\(commerce\\)");
        assertThat(tickets).as("no number is ever invented").doesNotExist();
        hub = TestHub.restart(dir, clock, port);
        awaitLine("pin 20 low");
    }

    @Test
    void aRevokedAgentStopsActingAndSaysWhy() throws Exception {
        assertThat(hub.send(io.vertx.core.http.HttpMethod.DELETE, "/api/v1/devices/a1/pairing", hub.login("m01"), null)
                .statusCode()).isEqualTo(204);
        awaitLine("revoked: the hub no longer accepts this agent");
        awaitLine("pin 20 high");
        press(17);
        awaitLine("pin 17: ignored, this agent's pairing was revoked");
        assertThat(tickets).doesNotExist();
    }
}
