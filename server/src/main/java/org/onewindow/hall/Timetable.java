package org.onewindow.hall;

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
}
