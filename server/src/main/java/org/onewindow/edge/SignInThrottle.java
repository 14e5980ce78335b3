package org.onewindow.edge;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Slows password guessing (CONTRACT §6 "Limits"): after 5 failed sign-ins for one staff id, or 20 from
 * one address, within 15 minutes, sign-ins are refused, the right password included, until the oldest
 * of those failures is 15 minutes old. Plain Java on a Clock.
 */
public final class SignInThrottle {
    public static final int FAILURES_PER_STAFF = 5;
    public static final int FAILURES_PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 10_000;

    private final RecentEvents byStaff;
    private final RecentEvents byAddress;

    public SignInThrottle(Clock clock) {
        byStaff = new RecentEvents(clock, WINDOW, FAILURES_PER_STAFF, MAX_KEYS);
        byAddress = new RecentEvents(clock, WINDOW, FAILURES_PER_ADDRESS, MAX_KEYS);
    }

    /** How long this sign-in must wait, or empty when it may be tried. The staff id may be null (unreadable body). */
    public synchronized Optional<Duration> waitFor(String staff, String address) {
        Optional<Duration> forAddress = byAddress.waitFor(address);
        Optional<Duration> forStaff = staff == null ? Optional.empty() : byStaff.waitFor(staff);
        if (forAddress.isPresent() && forStaff.isPresent()) {
            return Optional.of(forAddress.get().compareTo(forStaff.get()) > 0 ? forAddress.get() : forStaff.get());
        }
        return forAddress.isPresent() ? forAddress : forStaff;
    }

    public synchronized void failed(String staff, String address) {
        byAddress.record(address);
        if (staff != null) {
            byStaff.record(staff);
        }
    }

    /** The right password clears that staff id's failures (not the address's: it may be guessing others). */
    public synchronized void succeeded(String staff) {
        byStaff.forget(staff);
    }
}
