package org.onewindow.simulation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the simulator moves by hand, so the hall sees simulated time and never the wall clock. */
public final class SimulatedClock extends Clock {
    private final ZoneId zone;
    private Instant now;

    public SimulatedClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** Moves time to the given instant; time never runs backwards. */
    public void set(Instant at) {
        if (at.isBefore(now)) {
            throw new IllegalArgumentException("time runs forward: " + at + " is before " + now);
        }
        now = at;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SimulatedClock(now, other);
    }
}
