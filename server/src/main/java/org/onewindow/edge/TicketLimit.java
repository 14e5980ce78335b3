package org.onewindow.edge;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * At most N tickets a minute per client address for callers without a device token (CONTRACT §6
 * "Limits"): a phone or a script cannot empty a day's quota. Plain Java on a Clock.
 */
public final class TicketLimit {
    static final Duration MINUTE = Duration.ofMinutes(1);
    /** Addresses remembered at once; a hall sees far fewer within a minute. */
    static final int MAX_ADDRESSES = 10_000;

    private final RecentEvents taken;

    public TicketLimit(int perMinute, Clock clock) {
        this.taken = new RecentEvents(clock, MINUTE, perMinute, MAX_ADDRESSES);
    }

    /** Counts one ticket for the address, or says how long it must wait when it has had its share. */
    public synchronized Optional<Duration> take(String address) {
        Optional<Duration> wait = taken.waitFor(address);
        if (wait.isEmpty()) {
            taken.record(address);
        }
        return wait;
    }

    synchronized int addressesRemembered() {
        return taken.size();
    }
}
