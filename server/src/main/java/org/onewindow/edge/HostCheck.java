package org.onewindow.edge;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.regex.Pattern;

/**
 * In front of the router: a request without exactly one well-formed Host header is answered 400.
 *
 * <p>Why here and not in a router handler: vertx-web 5.0.7 checks the authority itself before any route
 * runs ({@code RoutingContextImpl.route()} calls {@code fail(400, VertxException("For HTTP/1.x requests,
 * the 'Host' header is required"))}), so the first handler never sees the request; the failure carries an
 * exception, which the API's failure handler took for a server fault (503), and outside the API nothing
 * answered in JSON. It also lets HTTP/1.0 through without a Host, yet the hub builds ticket links from
 * the Host it was reached at.
 */
public final class HostCheck implements Handler<HttpServerRequest> {
    // RFC 3986: a registered name, an IPv4 address, or an IPv6 literal in brackets; then an optional port.
    private static final Pattern HOST = Pattern.compile(
            "(?:[A-Za-z0-9._~!$&'()*+,;=%-]+|\\[[0-9A-Fa-f:.]+(?:%[A-Za-z0-9._~-]+)?\\])(?::(\\d{1,5}))?");

    private final Handler<HttpServerRequest> next;

    public HostCheck(Handler<HttpServerRequest> next) {
        this.next = next;
    }

    @Override
    public void handle(HttpServerRequest request) {
        String problem = problem(request);
        if (problem == null) {
            next.handle(request);
            return;
        }
        String body = new JsonObject().put("error", new JsonObject().put("code", "BAD_HOST").put("message", problem)).encode();
        // Close after the answer: a client that cannot name the host may not frame its requests well either.
        request.response().setStatusCode(400).putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("X-Content-Type-Options", "nosniff").putHeader("Connection", "close").end(body);
    }

    private static String problem(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            return request.authority() == null ? "the request names no :authority" : null;
        }
        List<String> hosts = request.headers().getAll("Host");
        if (hosts.isEmpty()) {
            return "the request has no Host header";
        }
        if (hosts.size() > 1) {
            return "the request has more than one Host header";
        }
        return wellFormed(hosts.get(0)) ? null : "the Host header is not a host name with an optional port";
    }

    /** A Host header value as RFC 3986 allows it (host [":" port], port 0..65535). */
    static boolean wellFormed(String value) {
        var matcher = HOST.matcher(value);
        if (!matcher.matches()) {
            return false;
        }
        String port = matcher.group(1);
        return port == null || Integer.parseInt(port) <= 65535;
    }
}
