package org.onewindow.reports;

import java.util.List;

/** The few statistics a daily report needs, over minutes. Empty input gives null: nothing to measure. */
final class Percentiles {
    private Percentiles() {
    }

    static Double mean(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /**
     * Nearest rank: the smallest value with at least {@code percent}% of the values at or below it,
     * always one of the values themselves (no interpolation), as halls' service standards count it.
     */
    static Double nearestRank(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    /** Half up to one decimal: reports show minutes to a tenth; the sums behind them stay exact. */
    static Double oneDecimal(Double minutes) {
        return minutes == null ? null : Math.round(minutes * 10) / 10.0;
    }
}
