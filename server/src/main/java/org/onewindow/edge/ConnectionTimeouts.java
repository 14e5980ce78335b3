package org.onewindow.edge;

import java.time.Duration;

/**
 * How long the hub waits on a client's socket.
 *
 * @param requestHeaders from a new connection to the end of its first request's headers (slow-loris)
 * @param keepAlive      from the end of an answer to the end of the next request's headers on the same connection
 * @param silence        any connection with nothing read or written for this long is closed (a body that never comes);
 *                       longer than the event bridge's ping interval so that live boards stay connected
 */
public record ConnectionTimeouts(Duration requestHeaders, Duration keepAlive, Duration silence) {
    public static final ConnectionTimeouts DEFAULT =
            new ConnectionTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofMinutes(2));
}
