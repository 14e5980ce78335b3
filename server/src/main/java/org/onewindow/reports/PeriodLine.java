package org.onewindow.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onewindow.hall.LocalText;

/**
 * One row of a period report: a window, a service, a department or the whole hall. Minutes are rounded
 * half up to one decimal and fractions to four; both are null when there was nothing to measure.
 *
 * @param served             completed tickets (the contract's "served")
 * @param share              served / the hall's served in the period, 0–1
 * @param called             tickets that reached a window (called, completed or no-show)
 * @param meanWaitMinutes    mean of call − issue over the called tickets
 * @param p90WaitMinutes     nearest-rank 90th percentile of the same waits
 * @param meanServiceMinutes mean of completion − call over the served tickets
 * @param noShowRate         no-shows / (served + no-shows)
 * @param openMinutes        minutes the window stood open (status open); null for services and departments
 * @param servingMinutes     minutes a visitor held the window: call to completion or no-show
 * @param utilisation        servingMinutes / openMinutes, at most 1; null when never open
 * @param ratings            rating counts by score, keys 1 to 5 always present
 * @param participation      参评率: ratings / served
 */
public record PeriodLine(String id, LocalText name, int served, Double share, int called, int noShows,
                         Double meanWaitMinutes, Double p90WaitMinutes, Double meanServiceMinutes, Double noShowRate,
                         Double openMinutes, double servingMinutes, Double utilisation,
                         Map<Integer, Integer> ratings, Double participation) {
    public PeriodLine {
        ratings = Collections.unmodifiableMap(new TreeMap<>(ratings));
    }

    public int ratingCount() {
        return ratings.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @param openMinutes null for lines that are not windows
     * @param hallServed  the period's served tickets, for the share
     */
    static PeriodLine of(String id, LocalText name, List<Visit> visits, List<Score> scores, Double openMinutes,
                         int hallServed) {
        int served = 0;
        int noShows = 0;
        double serving = 0;
        List<Double> waits = new ArrayList<>();
        List<Double> services = new ArrayList<>();
        for (Visit visit : visits) {
            if (!visit.called()) {
                continue;
            }
            waits.add(visit.waitMinutes());
            serving += visit.windowMinutes();
            if (visit.served()) {
                served++;
                services.add(visit.windowMinutes());
            } else if (visit.noShow()) {
                noShows++;
            }
        }
        Map<Integer, Integer> byScore = new TreeMap<>();
        for (int score = 1; score <= 5; score++) {
            byScore.put(score, 0);
        }
        scores.forEach(s -> byScore.merge(s.score(), 1, Integer::sum));
        Double utilisation = openMinutes == null || openMinutes <= 0 ? null : Math.min(1.0, serving / openMinutes);
        return new PeriodLine(id, name, served, fraction(served, hallServed), waits.size(), noShows,
                Percentiles.oneDecimal(Percentiles.mean(waits)), Percentiles.oneDecimal(Percentiles.nearestRank(waits, 90)),
                Percentiles.oneDecimal(Percentiles.mean(services)), fraction(noShows, served + noShows),
                Percentiles.oneDecimal(openMinutes), Math.round(serving * 10) / 10.0, round4(utilisation), byScore,
                fraction(scores.size(), served));
    }

    static Double fraction(int part, int whole) {
        return whole == 0 ? null : round4((double) part / whole);
    }

    static Double round4(Double value) {
        return value == null ? null : Math.round(value * 10_000) / 10_000.0;
    }
}
