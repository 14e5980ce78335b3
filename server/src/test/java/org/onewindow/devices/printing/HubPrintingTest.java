package org.onewindow.devices.printing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.events.Addresses;
import org.onewindow.events.BusClient;
import org.onewindow.hardware.escpos.Printout;
import org.onewindow.hardware.sim.PrinterSimulator;
import org.onewindow.testing.TestHub;

/** A real hub printing to the printer simulator over TCP on loopback, as a hall's kiosks would. */
class HubPrintingTest {
    @TempDir
    Path dir;
    PrinterSimulator sim;
    TestHub hub;

    @AfterEach
    void stop() {
        if (hub != null) {
            hub.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    private void start(String qr) {
        sim = PrinterSimulator.onLoopback(dir.resolve("jobs"));
        hub = TestHub.start(dir, TestHub.morningClock(), PrintingHall.yaml(sim.uri(), 58, qr));
    }

    private JsonObject issue(String kioskToken) {
        HttpResponse<Buffer> response = hub.post("/api/v1/tickets", new JsonObject().put("service", "commerce"), kioskToken);
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
        return response.bodyAsJsonObject();
    }

    private JsonObject printerRow() {
        JsonArray devices = hub.get("/api/v1/devices", hub.login("m01")).bodyAsJsonObject().getJsonArray("devices");
        for (int i = 0; i < devices.size(); i++) {
            if ("p1".equals(devices.getJsonObject(i).getString("id"))) {
                return devices.getJsonObject(i);
            }
        }
        throw new AssertionError("no printer p1 in " + devices.encode());
    }

    /** Polls GET /devices (the hub checks its printers every few seconds) until the printer's row matches. */
    private JsonObject awaitPrinter(Predicate<JsonObject> wanted) {
        Instant deadline = Instant.now().plus(PrinterFleet.POLL.multipliedBy(4));
        JsonObject row = printerRow();
        while (!wanted.test(row)) {
            assertThat(Instant.now()).as("printer row now " + row.encode()).isBefore(deadline);
            hub.vertx.timer(100).await();
            row = printerRow();
        }
        return row;
    }

    @Test
    void aPairedKiosksTicketIsPrintedWithItsQrLeadingToTheTrackUrl() {
        start("native");
        String kiosk = hub.pair("kiosk", "k1");
        JsonObject ticket = issue(kiosk);

        assertThat(ticket.getJsonObject("print").getString("status")).isEqualTo("printed");
        assertThat(sim.jobs()).hasSize(1);
        Printout printed = sim.jobs().get(0).printout();
        assertThat(printed.startsWithInit()).isTrue();
        assertThat(printed.biggestLine()).isEqualTo(ticket.getString("number"));
        assertThat(printed.text()).contains("测试大厅", "企业开办", "前面还有 0 人", "1. 设立登记申请书");
        assertThat(printed.qrCodes()).containsExactly(ticket.getString("trackUrl"));
        assertThat(printed.cuts()).isEqualTo(1);
        assertThat(awaitPrinter(row -> "ok".equals(row.getString("status"))).getValue("fault")).isNull();

        // A phone's ticket is not printed anywhere.
        assertThat(hub.issue("commerce").containsKey("print")).isFalse();
        assertThat(sim.jobs()).hasSize(1);
    }

    @Test
    void paperRunningOutDuringAJobFailsThatPrintOnceAndKeepsTheTicket() throws Exception {
        start("raster");
        String kiosk = hub.pair("kiosk", "k1");
        try (BusClient bus = BusClient.sockJs(hub.port())) {
            bus.register(Addresses.DEVICES_FAULT);
            sim.paperRunsOutAfter(300);
            JsonObject ticket = issue(kiosk);

            assertThat(ticket.getJsonObject("print").getString("status")).isEqualTo("failed");
            assertThat(ticket.getJsonObject("print").getString("fault")).isEqualTo("paper-out");
            assertThat(hub.get("/api/v1/tickets/" + ticket.getString("id") + "?key=" + ticket.getString("key")).statusCode())
                    .as("a failed print never undoes a ticket").isEqualTo(200);
            JsonObject fault = bus.next(m -> Addresses.DEVICES_FAULT.equals(m.getString("address"))
                    && "paper-out".equals(m.getJsonObject("body").getString("fault"))).getJsonObject("body");
            assertThat(fault.getString("device")).isEqualTo("p1");
            assertThat(fault.getJsonObject("faultText").getString("zh")).isEqualTo("打印纸用完");
            assertThat(printerRow().getString("status")).isEqualTo("fault");
            assertThat(printerRow().getString("fault")).isEqualTo("paper-out");

            JsonObject refused = issue(kiosk);
            assertThat(refused.getJsonObject("print").getString("fault")).isEqualTo("paper-out");

            sim.paperIn();
            JsonObject after = issue(kiosk);
            assertThat(after.getJsonObject("print").getString("status")).isEqualTo("printed");
        }
        // The half-printed ticket was not sent again, and the one refused while out of paper was never sent.
        assertThat(sim.jobs()).extracting(PrinterSimulator.Job::complete).containsExactly(false, true);
        assertThat(sim.jobs().get(1).printout().biggestLine()).isEqualTo("A003");
        assertThat(sim.jobs().get(1).printout().qrCodes()).hasSize(1);
    }

    @Test
    void aPrinterOffAtStartIsUsedOnceItComesUp() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        hub = TestHub.start(dir, TestHub.morningClock(), PrintingHall.yaml("tcp://127.0.0.1:" + port, 80, "native"));
        String kiosk = hub.pair("kiosk", "k1");
        assertThat(awaitPrinter(row -> "offline".equals(row.getString("fault"))).getString("status")).isEqualTo("offline");
        JsonObject first = issue(kiosk);
        assertThat(first.getJsonObject("print").getString("status")).isEqualTo("failed");
        assertThat(first.getJsonObject("print").getString("fault")).isEqualTo("offline");

        sim = PrinterSimulator.start(java.net.InetAddress.getLoopbackAddress(), port, dir.resolve("jobs"), line -> { });
        awaitPrinter(row -> "ok".equals(row.getString("status")));
        JsonObject second = issue(kiosk);
        assertThat(second.getJsonObject("print").getString("status")).isEqualTo("printed");
        assertThat(sim.jobs()).hasSize(1);
        assertThat(sim.jobs().get(0).printout().biggestLine()).isEqualTo(second.getString("number"));
    }

    @Test
    void twoKiosksShareOnePrinterOneTicketPerJob() {
        start("raster");
        String k1 = hub.pair("kiosk", "k1");
        String k2 = hub.pair("kiosk", "k2");
        List<Future<HttpResponse<Buffer>>> taken = new ArrayList<>();
        var client = io.vertx.ext.web.client.WebClient.create(hub.vertx);
        for (int i = 0; i < 4; i++) {
            for (String kiosk : List.of(k1, k2)) {
                taken.add(client.post(hub.port(), "127.0.0.1", "/api/v1/tickets").bearerTokenAuthentication(kiosk)
                        .sendJsonObject(new JsonObject().put("service", "commerce")));
            }
        }
        Future.all(taken).await();
        List<String> numbers = new ArrayList<>();
        for (Future<HttpResponse<Buffer>> response : taken) {
            JsonObject ticket = response.result().bodyAsJsonObject();
            assertThat(ticket.getJsonObject("print").getString("status")).isIn("printed", "queued");
            numbers.add(ticket.getString("number"));
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (sim.jobs().size() < 8) {
            assertThat(Instant.now()).as("all eight printed").isBefore(deadline);
            hub.vertx.timer(50).await();
        }
        assertThat(sim.jobs()).allMatch(PrinterSimulator.Job::complete);
        assertThat(sim.jobs()).extracting(job -> job.printout().biggestLine()).containsExactlyInAnyOrderElementsOf(numbers);
        client.close();
    }

    @Test
    void aManagerPrintsATestPage() {
        start("native");
        HttpResponse<Buffer> response = hub.post("/api/v1/devices/p1/test-print", null, hub.login("m01"));
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
        assertThat(response.bodyAsJsonObject().getJsonObject("print").getString("status")).isEqualTo("printed");
        assertThat(sim.jobs().get(0).printout().text()).contains("测试页", "p1");
        assertThat(hub.post("/api/v1/devices/p1/test-print", null, hub.login("s01")).statusCode()).isEqualTo(403);
        assertThat(hub.post("/api/v1/devices/k1/test-print", null, hub.login("m01")).statusCode()).isEqualTo(404);
    }
}
