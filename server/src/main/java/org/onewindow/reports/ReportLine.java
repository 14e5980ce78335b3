package org.onewindow.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onewindow.tickets.Rating;
import org.onewindow.tickets.Ticket;
import org.onewindow.tickets.TicketStatus;

/**
 * One row of the daily report: a service, a window, or the whole hall ({@link DailyReport#TOTAL}).
 * Minutes are rounded half up to one decimal, and null when there was nothing to measure.
 *
 * @param issued             tickets in the line: for a service, those issued for it (cancelled ones too);
 *                           for a window, those it called, so issued equals called
 * @param called             tickets that reached a window: now called, completed or no-show
 * @param meanWaitMinutes    mean of calledAt − issuedAt over the called tickets
 * @param p90WaitMinutes     nearest-rank 90th percentile of the same waits
 * @param meanServiceMinutes mean of completedAt − calledAt over the completed tickets
 * @param ratings            rating counts by score, keys 1 to 5 always present
 */
public record ReportLine(String id, int issued, int called, int completed, int noShows, int cancelled,
                         Double meanWaitMinutes, Double p90WaitMinutes, Double meanServiceMinutes,
                         Map<Integer, Integer> ratings) {
    public ReportLine {
        ratings = Collections.unmodifiableMap(new TreeMap<>(ratings));
    }

    /** How many ratings the line received. */
    public int ratingCount() {
        return ratings.values().stream().mapToInt(Integer::intValue).sum();
    }

    static ReportLine of(String id, List<Ticket> tickets, List<Rating> ratings) {
        List<Ticket> called = tickets.stream().filter(ReportLine::wasCalled).toList();
        List<Double> waits = called.stream().map(t -> minutes(t.issuedAt(), t.calledAt())).toList();
        List<Double> services = tickets.stream().filter(t -> t.status() == TicketStatus.COMPLETED)
                .map(t -> minutes(t.calledAt(), t.completedAt())).toList();
        Map<Integer, Integer> byScore = new TreeMap<>();
        for (int score = 1; score <= 5; score++) {
            byScore.put(score, 0);
        }
        ratings.forEach(r -> byScore.merge(r.score(), 1, Integer::sum));
        return new ReportLine(id, tickets.size(), called.size(), count(tickets, TicketStatus.COMPLETED),
                count(tickets, TicketStatus.NO_SHOW), count(tickets, TicketStatus.CANCELLED),
                Percentiles.oneDecimal(Percentiles.mean(waits)),
                Percentiles.oneDecimal(Percentiles.nearestRank(waits, 90)),
                Percentiles.oneDecimal(Percentiles.mean(services)), byScore);
    }

    /** Reached a window. A ticket transferred back to waiting has no call time and counts again when re-called. */
    static boolean wasCalled(Ticket ticket) {
        return ticket.calledAt() != null && (ticket.status() == TicketStatus.CALLED
                || ticket.status() == TicketStatus.COMPLETED || ticket.status() == TicketStatus.NO_SHOW);
    }

    private static int count(List<Ticket> tickets, TicketStatus status) {
        return (int) tickets.stream().filter(t -> t.status() == status).count();
    }

    private static double minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 60_000.0;
    }
}
