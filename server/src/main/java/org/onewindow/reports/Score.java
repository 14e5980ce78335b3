package org.onewindow.reports;

/** One visitor's rating (1–5) as reports count it: under the service and window it names. */
public record Score(String service, String counter, int score) {
}
