package org.onewindow.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimetableTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    /** 2026-12-02 is a Wednesday. */
    private static final ZonedDateTime WEDNESDAY = ZonedDateTime.of(2026, 12, 2, 0, 0, 0, 0, SHANGHAI);

    private static OpeningHours line(EnumSet<DayOfWeek> days, String open, String close) {
        return new OpeningHours(days, LocalTime.parse(open), LocalTime.parse(close));
    }

    private static ZonedDateTime at(String time) {
        return WEDNESDAY.with(LocalTime.parse(time));
    }

    @Test
    void aHallThatNeverClosesStaysOpenForever() {
        assertThat(Timetable.ALWAYS.minutesOpenFrom(at("23:59"))).isInfinite();
    }

    @Test
    void countsTheMinutesUntilTheLineCloses() {
        Timetable hours = new Timetable(List.of(line(WEEKDAYS, "09:00", "12:00"), line(WEEKDAYS, "13:30", "17:00")));

        assertThat(hours.minutesOpenFrom(at("11:15:30"))).isCloseTo(44.5, within(1e-9));
        assertThat(hours.minutesOpenFrom(at("09:00"))).isCloseTo(180, within(1e-9));
        assertThat(hours.minutesOpenFrom(at("14:00"))).isCloseTo(180, within(1e-9));
    }

    @Test
    void isClosedAtTheCloseOnALunchBreakAndOnADayWithoutHours() {
        Timetable hours = new Timetable(List.of(line(WEEKDAYS, "09:00", "12:00"), line(WEEKDAYS, "13:30", "17:00")));

        assertThat(hours.minutesOpenFrom(at("12:00"))).isZero();
        assertThat(hours.minutesOpenFrom(at("12:45"))).isZero();
        assertThat(hours.minutesOpenFrom(at("10:00").plusDays(3))).as("a Saturday").isZero();
    }

    @Test
    void linesThatMeetOrOverlapAreOneStretch() {
        Timetable hours = new Timetable(List.of(line(WEEKDAYS, "08:30", "12:00"), line(EnumSet.of(DayOfWeek.WEDNESDAY), "11:00", "14:00"),
                line(WEEKDAYS, "14:00", "17:30")));

        assertThat(hours.minutesOpenFrom(at("09:00"))).isCloseTo(510, within(1e-9));
        assertThat(hours.minutesOpenFrom(at("09:00").plusDays(1))).as("Thursday breaks at noon").isCloseTo(180, within(1e-9));
    }

    @Test
    void agreesWithIsOpenMinuteByMinute() {
        Timetable hours = new Timetable(List.of(line(WEEKDAYS, "08:30", "12:00"), line(EnumSet.of(DayOfWeek.WEDNESDAY), "11:00", "14:00"),
                line(WEEKDAYS, "15:00", "17:30")));
        for (int minute = 0; minute < 24 * 60; minute += 7) {
            ZonedDateTime from = WEDNESDAY.plusMinutes(minute);
            double open = hours.minutesOpenFrom(from);
            assertThat(hours.isOpen(from)).as("open at %s", from).isEqualTo(open > 0);
            if (open > 0) {
                assertThat(hours.isOpen(from.plusSeconds((long) (open * 60) - 1))).as("open until the end, from %s", from).isTrue();
                assertThat(hours.isOpen(from.plusSeconds(Math.round(open * 60)))).as("closed at the end, from %s", from).isFalse();
            }
        }
    }
}
