package org.onewindow.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The hall's working days: Monday to Friday, less the public holidays, plus the make-up working days
 * (调休) the State Council moves onto a weekend. Both lists come from the hall file's {@code calendar}.
 *
 * <p>The due-date rule: a step due "within N working days" of something that happened on hall date D is
 * due by the end (24:00, hall time) of the Nth working day after D, D itself never counting. A rating on
 * Friday afternoon has its 1-working-day callback due by the end of Monday; one on a Saturday, too.
 */
public record WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays) {
    public static final WorkingCalendar WEEKDAYS = new WorkingCalendar(Set.of(), Set.of());

    public WorkingCalendar {
        holidays = Set.copyOf(holidays);
        workdays = Set.copyOf(workdays);
        for (LocalDate day : holidays) {
            if (workdays.contains(day)) {
                throw new IllegalArgumentException(day + " is both a holiday and a make-up working day");
            }
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The last hall date on which a step due {@code n} working days after {@code day} is still on time. */
    public LocalDate dueDate(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a due date is at least one working day away, got " + n);
        }
        LocalDate due = day;
        for (int found = 0; found < n; ) {
            due = due.plusDays(1);
            if (isWorkingDay(due)) {
                found++;
            }
        }
        return due;
    }
}
