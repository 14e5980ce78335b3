package org.onewindow.reports;

/**
 * Visitors by hour of the day (hall time) over a period: how many took a ticket in that hour, and how
 * long those who were called waited. {@code day} is null in the by-hour table and set in the heat map's cells.
 */
public record HourLine(java.time.LocalDate day, int hour, int arrivals, Double meanWaitMinutes) {
}
