package org.onewindow.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.hub.HubSettings;
import org.onewindow.hub.HubVerticle;
import org.onewindow.testing.TestHub;

/**
 * Sockets that never finish their request headers are closed (slow-loris), with the deadlines made
 * short for the test; a client that behaves is answered on the same kind of connection.
 */
class HeaderDeadlinesTest {
    private static final ConnectionTimeouts SHORT =
            new ConnectionTimeouts(Duration.ofMillis(300), Duration.ofMillis(500), Duration.ofMinutes(2));

    @TempDir
    Path dir;
    Vertx vertx;
    NetClient net;
    int port;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        HubVerticle hub = new HubVerticle(new HubSettings(null, dir.resolve("data"), "127.0.0.1", 0), TestHub.morningClock(), SHORT);
        vertx.deployVerticle(hub).await();
        port = hub.port();
        net = vertx.createNetClient();
    }

    @AfterEach
    void stop() {
        vertx.close().await();
    }

    @Test
    void aPartialRequestLineIsCutOff() throws Exception {
        Connection connection = connect();
        connection.socket.write("GET /api/v1/ha");
        connection.awaitClosed();
        assertThat(connection.received.toString()).isEmpty();
    }

    @Test
    void headersTrickledByteByByteAreCutOffAtTheDeadlineToo() throws Exception {
        Connection connection = connect();
        connection.socket.write("GET /health HTTP/1.1\r\n");
        // One header byte every 100 ms keeps the socket busy, so an idle timeout alone would never fire.
        long timer = vertx.setPeriodic(100, id -> connection.socket.write("X"));
        try {
            connection.awaitClosed();
        } finally {
            vertx.cancelTimer(timer);
        }
    }

    @Test
    void anIdleKeepAliveConnectionIsClosedAfterItsAnswer() throws Exception {
        Connection connection = connect();
        connection.socket.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        connection.awaitClosed();
        assertThat(connection.received.toString()).startsWith("HTTP/1.1 200");
    }

    private Connection connect() {
        NetSocket socket = net.connect(port, "127.0.0.1").await();
        return new Connection(socket);
    }

    private static final class Connection {
        final NetSocket socket;
        final Buffer received = Buffer.buffer();
        final Promise<Void> closed = Promise.promise();

        Connection(NetSocket socket) {
            this.socket = socket;
            socket.handler(received::appendBuffer);
            socket.closeHandler(v -> closed.tryComplete());
        }

        void awaitClosed() throws Exception {
            closed.future().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
