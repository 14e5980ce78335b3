package org.onewindow.hall;

/**
 * The hall file's {@code assessment} and {@code retention} sections.
 *
 * @param minItemsPerMonth the monthly window assessment flags a window that served fewer items
 * @param eventLogMonths   the event log keeps at least this many whole months before the current one;
 *                         only older months may be archived out of it ({@code archive-log})
 */
public record ReportSettings(int minItemsPerMonth, int eventLogMonths) {
    public static final ReportSettings DEFAULT = new ReportSettings(10, 24);
}
