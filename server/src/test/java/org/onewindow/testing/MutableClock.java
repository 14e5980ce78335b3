package org.onewindow.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock that stands still until a test moves it. Clocks made by {@link #withZone} share the same
 * time, so a hall reading one sees every move made on another.
 */
public final class MutableClock extends Clock {
    private final Instant[] now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this(new Instant[] {start}, zone);
    }

    private MutableClock(Instant[] now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock at a wall-clock time in a zone, e.g. {@code at("2025-03-03T08:30", "Asia/Shanghai")}. */
    public static MutableClock at(String localDateTime, String zone) {
        ZoneId zoneId = ZoneId.of(zone);
        return new MutableClock(LocalDateTime.parse(localDateTime).atZone(zoneId).toInstant(), zoneId);
    }

    public MutableClock advance(Duration duration) {
        now[0] = now[0].plus(duration);
        return this;
    }

    public MutableClock advanceMinutes(long minutes) {
        return advance(Duration.ofMinutes(minutes));
    }

    public MutableClock set(Instant instant) {
        now[0] = instant;
        return this;
    }

    @Override
    public Instant instant() {
        return now[0];
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public MutableClock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }
}
