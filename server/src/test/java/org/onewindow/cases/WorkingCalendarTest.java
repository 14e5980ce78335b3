package org.onewindow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    /** 2025 National Day: 1–8 October off, Sunday 28 September and Saturday 11 October worked (调休). */
    private static final WorkingCalendar NATIONAL_DAY_2025 = new WorkingCalendar(
            Set.copyOf(Stream.iterate(LocalDate.of(2025, 10, 1), d -> d.plusDays(1)).limit(8).toList()),
            Set.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)));

    @Test
    void theWeekendIsOffByDefault() {
        WorkingCalendar weekdays = WorkingCalendar.WEEKDAYS;
        assertThat(weekdays.isWorkingDay(LocalDate.of(2026, 11, 27))).isTrue();  // Friday
        assertThat(weekdays.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse(); // Saturday
        assertThat(weekdays.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse(); // Sunday
    }

    @Test
    void aDueDateCountsWorkingDaysAfterTheDayItself() {
        WorkingCalendar weekdays = WorkingCalendar.WEEKDAYS;
        assertThat(weekdays.dueDate(LocalDate.of(2026, 11, 26), 1)).isEqualTo(LocalDate.of(2026, 11, 27)); // Thu → Fri
        assertThat(weekdays.dueDate(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 11, 30)); // Fri → Mon
        assertThat(weekdays.dueDate(LocalDate.of(2026, 11, 28), 1)).isEqualTo(LocalDate.of(2026, 11, 30)); // Sat → Mon
        assertThat(weekdays.dueDate(LocalDate.of(2026, 11, 26), 15)).isEqualTo(LocalDate.of(2026, 12, 17));
    }

    @Test
    void holidaysAreSkipped() {
        assertThat(NATIONAL_DAY_2025.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse(); // a Wednesday
        assertThat(NATIONAL_DAY_2025.dueDate(LocalDate.of(2025, 9, 30), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void makeUpWorkingDaysOnAWeekendCount() {
        assertThat(NATIONAL_DAY_2025.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue(); // a Saturday
        assertThat(NATIONAL_DAY_2025.dueDate(LocalDate.of(2025, 10, 10), 1)).isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(NATIONAL_DAY_2025.dueDate(LocalDate.of(2025, 9, 26), 1)).isEqualTo(LocalDate.of(2025, 9, 28)); // Fri → Sun
    }

    @Test
    void aDayCannotBeBothOffAndWorked() {
        LocalDate day = LocalDate.of(2025, 10, 1);
        assertThatThrownBy(() -> new WorkingCalendar(Set.of(day), Set.of(day))).isInstanceOf(IllegalArgumentException.class);
    }
}
