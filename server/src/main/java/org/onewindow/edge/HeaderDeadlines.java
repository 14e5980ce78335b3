package org.onewindow.edge;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import java.util.HashMap;
import java.util.Map;

/**
 * Closes an HTTP/1 connection whose request headers do not arrive in time: the first request's within
 * {@link ConnectionTimeouts#requestHeaders()} of connecting, each later one within
 * {@link ConnectionTimeouts#keepAlive()} of the previous answer. Vert.x has an idle timeout, but a
 * client that trickles one byte at a time never goes idle; this deadline does not move.
 * Runs on the server's event loop only (one hub verticle), so plain maps suffice.
 */
public final class HeaderDeadlines {
    private final Vertx vertx;
    private final ConnectionTimeouts timeouts;
    private final Map<HttpConnection, Long> timers = new HashMap<>();

    public HeaderDeadlines(Vertx vertx, ConnectionTimeouts timeouts) {
        this.vertx = vertx;
        this.timeouts = timeouts;
    }

    /** Installs the deadlines on a server and hands every request on to the given handler. */
    public HttpServer install(HttpServer server, Handler<HttpServerRequest> requests) {
        return server.connectionHandler(this::opened).requestHandler(request -> {
            started(request);
            requests.handle(request);
        });
    }

    private void opened(HttpConnection connection) {
        connection.closeHandler(v -> cancel(connection));
        arm(connection, timeouts.requestHeaders().toMillis());
    }

    private void started(HttpServerRequest request) {
        HttpConnection connection = request.connection();
        cancel(connection);
        boolean upgrade = request.headers().contains("Upgrade", "websocket", true);
        if (request.version() != HttpVersion.HTTP_2 && !upgrade) {
            request.response().endHandler(v -> arm(connection, timeouts.keepAlive().toMillis()));
        }
    }

    private void arm(HttpConnection connection, long millis) {
        cancel(connection);
        timers.put(connection, vertx.setTimer(millis, id -> {
            timers.remove(connection);
            connection.close();
        }));
    }

    private void cancel(HttpConnection connection) {
        Long timer = timers.remove(connection);
        if (timer != null) {
            vertx.cancelTimer(timer);
        }
    }
}
