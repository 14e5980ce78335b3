package org.onewindow.devices.printing;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.onewindow.devices.PrinterWatch;
import org.onewindow.events.Addresses;
import org.onewindow.hall.DeviceSpecs;
import org.onewindow.hardware.escpos.PaperWidth;
import org.onewindow.hardware.escpos.PrinterFault;
import org.onewindow.hardware.escpos.PrinterStatus;
import org.onewindow.hardware.escpos.QrMode;
import org.onewindow.hardware.escpos.TicketLayout;
import org.onewindow.hardware.escpos.TicketPrint;

/**
 * The hall's network printers: a queue each, a status poll every few seconds, and every change of a
 * printer's state published on {@code devices.fault} so the manager's console hears it at once.
 */
public final class PrinterFleet implements PrinterWatch {
    public static final Duration POLL = Duration.ofSeconds(3);
    /** How long a kiosk's answer waits for its ticket to print before saying "queued". */
    public static final Duration ANSWER_WAIT = Duration.ofSeconds(4);

    private final Vertx vertx;
    private final Clock clock;
    private final NetClient client;
    private final Map<String, NetworkPrinter> printers = new LinkedHashMap<>();
    private long poll = -1;

    public PrinterFleet(Vertx vertx, DeviceSpecs specs, Clock clock) {
        this.vertx = vertx;
        this.clock = clock;
        this.client = vertx.createNetClient(new NetClientOptions().setConnectTimeout(2_000).setTcpNoDelay(true));
        specs.printers().forEach(p -> printers.put(p.id(), new NetworkPrinter(p, vertx, client, clock, this::changed)));
    }

    public void start() {
        if (!printers.isEmpty()) {
            printers.values().forEach(NetworkPrinter::check);
            poll = vertx.setPeriodic(POLL.toMillis(), id -> printers.values().forEach(NetworkPrinter::check));
        }
    }

    public boolean has(String printerId) {
        return printers.containsKey(printerId);
    }

    /**
     * Prints a ticket; the answer comes when it has printed or failed, or after {@link #ANSWER_WAIT} as
     * "queued" while it waits its turn (it still prints, once).
     */
    public Future<PrintOutcome> print(String printerId, TicketPrint ticket) {
        NetworkPrinter printer = printers.get(printerId);
        if (printer == null) {
            return Future.succeededFuture(PrintOutcome.failed(PrinterFault.OFFLINE));
        }
        byte[] job = layout(printer.spec()).render(ticket);
        Future<PrintOutcome> outcome = printer.print(job).onSuccess(done -> {
            if (done.status() == PrintOutcome.Status.FAILED) {
                publish(printer, printer.status(), "ticket " + ticket.number() + " not printed");
            }
        });
        Promise<PrintOutcome> answer = Promise.promise();
        long timer = vertx.setTimer(ANSWER_WAIT.toMillis(), id -> answer.tryComplete(PrintOutcome.QUEUED));
        outcome.onComplete(done -> {
            vertx.cancelTimer(timer);
            answer.tryComplete(done.succeeded() ? done.result() : PrintOutcome.failed(PrinterFault.OFFLINE));
        });
        return answer.future();
    }

    public Future<PrintOutcome> testPage(String printerId) {
        NetworkPrinter printer = printers.get(printerId);
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(clock.instant().atZone(java.time.ZoneId.systemDefault()));
        return printer.print(layout(printer.spec()).testPage(printerId, when));
    }

    private static TicketLayout layout(DeviceSpecs.Printer spec) {
        return new TicketLayout(PaperWidth.ofMillimetres(spec.width()),
                spec.qr() == DeviceSpecs.QrMode.NATIVE ? QrMode.NATIVE : QrMode.RASTER);
    }

    @Override
    public Optional<State> state(String printerId) {
        NetworkPrinter printer = printers.get(printerId);
        if (printer == null) {
            return Optional.empty();
        }
        PrinterStatus status = printer.status();
        if (status == null) {
            return Optional.of(new State("offline", "not-checked-yet", printer.lastSeen()));
        }
        Optional<PrinterFault> worst = status.worst();
        String summary = worst.isEmpty() ? "ok" : worst.get() == PrinterFault.OFFLINE ? "offline" : "fault";
        return Optional.of(new State(summary, worst.map(PrinterFault::wire).orElse(null), printer.lastSeen()));
    }

    private void changed(NetworkPrinter printer, PrinterStatus status) {
        publish(printer, status, null);
    }

    private void publish(NetworkPrinter printer, PrinterStatus status, String job) {
        State state = state(printer.spec().id()).orElseThrow();
        JsonObject body = new JsonObject().put("device", printer.spec().id()).put("kind", "printer")
                .put("status", state.status()).put("fault", state.fault())
                .put("at", clock.instant().toString());
        status.worst().ifPresent(f -> body.put("faultText", new JsonObject().put("zh", f.zh()).put("en", f.en())));
        if (job != null) {
            body.put("job", job);
        }
        vertx.eventBus().publish(Addresses.DEVICES_FAULT, body);
    }

    public Future<Void> close() {
        if (poll >= 0) {
            vertx.cancelTimer(poll);
        }
        return client.close();
    }
}
