package org.onewindow.devices.printing;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;
import org.onewindow.hardware.escpos.PrinterStatus;

/**
 * One conversation with a network printer over raw TCP: connect, send bytes, read the three answers to
 * {@code DLE EOT}, close. A printer that takes no connection or answers nothing in time is offline.
 */
final class PrinterLink {
    private final Vertx vertx;
    private final NetSocket socket;
    private Buffer received = Buffer.buffer();
    private Promise<PrinterStatus> waiting;
    private int expected;
    private long timer = -1;

    private PrinterLink(Vertx vertx, NetSocket socket) {
        this.vertx = vertx;
        this.socket = socket;
        socket.handler(this::received);
        socket.closeHandler(v -> fail(new IllegalStateException("the printer closed the connection")));
        socket.exceptionHandler(this::fail);
    }

    static Future<PrinterLink> open(Vertx vertx, NetClient client, String host, int port) {
        return client.connect(port, host).map(socket -> new PrinterLink(vertx, socket));
    }

    /** Sends the bytes, then asks for the status; the answer comes once the printer has taken in the bytes. */
    Future<PrinterStatus> sendThenAsk(byte[] bytes, long timeoutMillis) {
        Promise<PrinterStatus> answer = Promise.promise();
        waiting = answer;
        expected = received.length() + PrinterStatus.answerLength();
        timer = vertx.setTimer(timeoutMillis, id -> fail(new IllegalStateException("the printer did not answer DLE EOT")));
        Buffer out = Buffer.buffer(bytes.length + 9).appendBytes(bytes).appendBytes(PrinterStatus.query());
        socket.write(out).onFailure(this::fail);
        return answer.future();
    }

    private void received(Buffer data) {
        received.appendBuffer(data);
        if (waiting != null && received.length() >= expected) {
            byte[] answers = received.getBytes(expected - PrinterStatus.answerLength(), expected);
            Promise<PrinterStatus> done = settle();
            try {
                done.complete(PrinterStatus.parse(answers));
            } catch (IllegalArgumentException e) {
                done.fail(e);
            }
        }
    }

    private void fail(Throwable failure) {
        if (waiting != null) {
            settle().fail(failure);
        }
    }

    private Promise<PrinterStatus> settle() {
        Promise<PrinterStatus> done = waiting;
        waiting = null;
        vertx.cancelTimer(timer);
        return done;
    }

    Future<Void> close() {
        waiting = null;
        vertx.cancelTimer(timer);
        return socket.close();
    }
}
