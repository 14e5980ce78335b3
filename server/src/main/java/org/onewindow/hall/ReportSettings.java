package org.onewindow.hall;

import org.onewindow.cases.WorkingCalendar;

/**
 * The hall file's {@code assessment}, {@code retention} and {@code calendar} sections.
 *
 * @param minItemsPerMonth the monthly window assessment flags a window that served fewer items
 * @param eventLogMonths   the event log keeps at least this many whole months before the current one;
 *                         only older months may be archived out of it ({@code archive-log})
 * @param calendar         the working days the 差评 cases' due dates count (holidays, 调休 make-up days)
 */
public record ReportSettings(int minItemsPerMonth, int eventLogMonths, WorkingCalendar calendar) {
    public static final ReportSettings DEFAULT = new ReportSettings(10, 24);

    public ReportSettings(int minItemsPerMonth, int eventLogMonths) {
        this(minItemsPerMonth, eventLogMonths, WorkingCalendar.WEEKDAYS);
    }
}
