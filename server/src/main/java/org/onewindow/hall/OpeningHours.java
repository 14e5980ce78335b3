package org.onewindow.hall;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;

/** One line of a timetable: on these days, from open (inclusive) to close (exclusive), hall time. */
public record OpeningHours(Set<DayOfWeek> days, LocalTime open, LocalTime close) {
    public OpeningHours {
        days = Set.copyOf(days);
        if (!open.isBefore(close)) {
            throw new IllegalArgumentException("opens at " + open + " but closes at " + close);
        }
    }

    public boolean covers(ZonedDateTime hallTime) {
        LocalTime time = hallTime.toLocalTime();
        return days.contains(hallTime.getDayOfWeek()) && !time.isBefore(open) && time.isBefore(close);
    }
}
