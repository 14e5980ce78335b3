package org.onewindow.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * A run of whole hall days, both ends included: a day, a week (Monday to Sunday), a month, or any range
 * a manager picks. Times inside it are read in the hall's time zone.
 */
public record Period(LocalDate from, LocalDate to) {
    /** A year and a little: enough for any annual report, small enough to answer in seconds. */
    public static final int MAX_DAYS = 400;

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period needs both a first and a last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("a period spans at most " + MAX_DAYS + " days");
        }
    }

    public static Period day(LocalDate day) {
        return new Period(day, day);
    }

    /** The Monday-to-Sunday week holding {@code day}. */
    public static Period week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(monday, monday.plusDays(6));
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The first instant of the first day, hall time. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the last day, hall time. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
