package org.onewindow.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand; it starts with nanoseconds to prove stored times are exact. */
final class StepClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    StepClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    void advance(Duration step) {
        now = now.plus(step);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new StepClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
