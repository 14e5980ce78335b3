package org.onewindow.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.OpeningHours;
import org.onewindow.hall.Timetable;

/**
 * When the simulated hall is open and which windows are staffed. A hall with hours runs its open
 * days one after another, each from its first opening to its last close; a 7x24 hall runs as one
 * unbroken span, so long runs reach the steady state that queueing formulas describe.
 */
public record Timeline(List<Span> spans, List<Shift> shifts, List<LocalDate> dates) {
    /** Simulated days start on a Monday, so a mon-fri timetable begins at once. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

    /** The hall issues tickets within a span (its timetable decides minute by minute). */
    public record Span(Instant open, Instant close) {
    }

    /**
     * A window staffed from open to close. A window whose shift lasts to the span's close stays to
     * serve everyone still waiting (drains); one leaving earlier finishes its visitor and goes.
     */
    public record Shift(String counter, Instant open, Instant close, boolean drains) {
    }

    public static Timeline of(Workload workload) {
        ZoneId zone = workload.hall().timezone();
        Timetable hours = workload.hall().hours();
        List<Span> spans = new ArrayList<>();
        List<Shift> shifts = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        if (hours.isAlwaysOpen()) {
            Instant open = FIRST_DAY.atStartOfDay(zone).toInstant();
            Span span = new Span(open, FIRST_DAY.plusDays(workload.days()).atStartOfDay(zone).toInstant());
            spans.add(span);
            for (int d = 0; d < workload.days(); d++) {
                dates.add(FIRST_DAY.plusDays(d));
            }
            for (CounterSpec counter : workload.hall().counters()) {
                Workload.Shift hoursOf = workload.shifts().get(counter.id());
                if (hoursOf == null) {
                    shifts.add(new Shift(counter.id(), span.open(), span.close(), true));
                } else {
                    dates.forEach(date -> shifts.add(shiftOn(counter.id(), date, hoursOf, zone, span)));
                }
            }
            return new Timeline(spans, shifts, dates);
        }
        for (LocalDate date = FIRST_DAY; dates.size() < workload.days(); date = date.plusDays(1)) {
            LocalTime first = null;
            LocalTime last = null;
            for (OpeningHours line : hours.lines()) {
                if (line.days().contains(date.getDayOfWeek())) {
                    first = first == null || line.open().isBefore(first) ? line.open() : first;
                    last = last == null || line.close().isAfter(last) ? line.close() : last;
                }
            }
            if (first == null) {
                continue;
            }
            dates.add(date);
            Span span = new Span(date.atTime(first).atZone(zone).toInstant(), date.atTime(last).atZone(zone).toInstant());
            spans.add(span);
            for (CounterSpec counter : workload.hall().counters()) {
                Workload.Shift hoursOf = workload.shifts().get(counter.id());
                shifts.add(hoursOf == null ? new Shift(counter.id(), span.open(), span.close(), true)
                        : shiftOn(counter.id(), date, hoursOf, zone, span));
            }
        }
        return new Timeline(spans, shifts, dates);
    }

    private static Shift shiftOn(String counter, LocalDate date, Workload.Shift hours, ZoneId zone, Span span) {
        Instant open = date.atTime(hours.open()).atZone(zone).toInstant();
        Instant close = date.atTime(hours.close()).atZone(zone).toInstant();
        open = open.isBefore(span.open()) ? span.open() : open;
        boolean drains = !close.isBefore(span.close());
        return new Shift(counter, open, drains ? span.close() : close, drains);
    }
}
