package org.onewindow.reports;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.tickets.CounterStatus;

/**
 * Minutes each window stood open in a period, from its logged status changes in time order. A window
 * is taken as closed when the period starts (the hall day ends at midnight with every window closed)
 * and an open spell still running at the period's end, or now, is cut there.
 */
final class OpenTime {
    private OpenTime() {
    }

    static Map<String, Double> minutes(List<WindowStatusChange> changes, Instant start, Instant end) {
        Map<String, Instant> openSince = new HashMap<>();
        Map<String, Double> minutes = new HashMap<>();
        for (WindowStatusChange change : changes) {
            Instant at = clamp(change.at(), start, end);
            Instant since = openSince.remove(change.counter());
            if (since != null) {
                minutes.merge(change.counter(), Visit.minutes(since, at), Double::sum);
            }
            if (change.status() == CounterStatus.OPEN) {
                openSince.put(change.counter(), at);
            }
        }
        openSince.forEach((counter, since) -> minutes.merge(counter, Visit.minutes(since, end), Double::sum));
        return minutes;
    }

    private static Instant clamp(Instant at, Instant start, Instant end) {
        return at.isBefore(start) ? start : at.isAfter(end) ? end : at;
    }
}
