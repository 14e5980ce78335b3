package org.onewindow.hall;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

/** When the hall issues tickets; an empty timetable means around the clock (7x24 self-service). */
public record Timetable(List<OpeningHours> lines) {
    public static final Timetable ALWAYS = new Timetable(List.of());

    public Timetable {
        lines = List.copyOf(lines);
    }

    public boolean isAlwaysOpen() {
        return lines.isEmpty();
    }

    public boolean isOpen(ZonedDateTime hallTime) {
        return lines.isEmpty() || lines.stream().anyMatch(line -> line.covers(hallTime));
    }

    /**
     * Minutes the hall stays open from {@code hallTime} without a break (lines that meet count as one
     * stretch; a stretch ends at midnight at the latest): 0 when it is closed then, infinite when it never
     * closes. For a caller that would otherwise ask {@link #isOpen} at every moment after.
     */
    public double minutesOpenFrom(ZonedDateTime hallTime) {
        if (lines.isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        ZonedDateTime end = hallTime;
        for (ZonedDateTime later = lastClose(end); later != null; later = lastClose(end)) {
            end = later;
        }
        return Duration.between(hallTime, end).toNanos() / 60e9;
    }

    /** The latest close among the lines open at {@code at}, when it is after {@code at}; null when none is open. */
    private ZonedDateTime lastClose(ZonedDateTime at) {
        ZonedDateTime latest = null;
        for (OpeningHours line : lines) {
            if (line.covers(at)) {
                ZonedDateTime close = at.with(line.close());
                if (latest == null || close.isAfter(latest)) {
                    latest = close;
                }
            }
        }
        return latest;
    }
}
