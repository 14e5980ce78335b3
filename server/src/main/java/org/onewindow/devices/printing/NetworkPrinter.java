package org.onewindow.devices.printing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import org.onewindow.hall.DeviceSpecs;
import org.onewindow.hardware.escpos.PrinterFault;
import org.onewindow.hardware.escpos.PrinterStatus;

/**
 * A network ESC/POS printer the hub drives: one job or status check at a time, in order (a queue of
 * futures). A job is sent only to a printer that says it can print, and sent once: when it fails
 * part-way, it is reported, never sent again, since a second copy would be a second ticket in the hand.
 * A printer that comes back is simply used again by the next job or check.
 */
final class NetworkPrinter {
    private static final Logger LOG = Logger.getLogger(NetworkPrinter.class.getName());
    static final long ANSWER_MILLIS = 5_000;

    private final DeviceSpecs.Printer spec;
    private final Vertx vertx;
    private final NetClient client;
    private final Clock clock;
    private final String host;
    private final int port;
    private final BiConsumer<NetworkPrinter, PrinterStatus> changed;
    private Future<?> tail = Future.succeededFuture();
    private volatile PrinterStatus status;
    private volatile Instant lastSeen;

    NetworkPrinter(DeviceSpecs.Printer spec, Vertx vertx, NetClient client, Clock clock,
                   BiConsumer<NetworkPrinter, PrinterStatus> changed) {
        this.spec = spec;
        this.vertx = vertx;
        this.client = client;
        this.clock = clock;
        URI uri = URI.create(spec.uri());
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 9100 : uri.getPort();
        this.changed = changed;
    }

    DeviceSpecs.Printer spec() {
        return spec;
    }

    /** Null until the first check has answered or failed. */
    PrinterStatus status() {
        return status;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    /** Checks the printer's state (the periodic poll). */
    Future<PrinterStatus> check() {
        return enqueue(() -> PrinterLink.open(vertx, client, host, port)
                .compose(link -> link.sendThenAsk(new byte[0], ANSWER_MILLIS).eventually(link::close))
                .recover(failure -> Future.succeededFuture(PrinterStatus.UNREACHABLE))
                .onSuccess(this::observed));
    }

    /** Prints one job: the outcome is printed or failed (with the fault), never an exception. */
    Future<PrintOutcome> print(byte[] job) {
        return enqueue(() -> PrinterLink.open(vertx, client, host, port)
                .compose(link -> link.sendThenAsk(new byte[0], ANSWER_MILLIS)
                        .compose(before -> {
                            observed(before);
                            if (!before.canPrint()) {
                                return Future.succeededFuture(PrintOutcome.failed(fault(before)));
                            }
                            return link.sendThenAsk(job, ANSWER_MILLIS).map(after -> {
                                observed(after);
                                return after.canPrint() ? PrintOutcome.PRINTED : PrintOutcome.failed(fault(after));
                            });
                        })
                        .eventually(link::close))
                .recover(failure -> {
                    LOG.warning("printer " + spec.id() + ": " + failure.getMessage());
                    observed(PrinterStatus.UNREACHABLE);
                    return Future.succeededFuture(PrintOutcome.failed(PrinterFault.OFFLINE));
                }));
    }

    private static PrinterFault fault(PrinterStatus status) {
        return status.worst().orElse(PrinterFault.OFFLINE);
    }

    private void observed(PrinterStatus now) {
        if (!now.equals(PrinterStatus.UNREACHABLE)) {
            lastSeen = clock.instant();
        }
        PrinterStatus before = status;
        status = now;
        if (!now.equals(before)) {
            LOG.info("printer " + spec.id() + ": " + (now.faults().isEmpty() ? "ready" : now.faults()));
            changed.accept(this, now);
        }
    }

    /** Runs the step after every earlier one has finished, whatever their outcome. */
    private synchronized <T> Future<T> enqueue(java.util.function.Supplier<Future<T>> step) {
        Future<T> next = tail.transform(ignored -> step.get());
        tail = next;
        return next;
    }
}
