package org.onewindow.simulation;

import java.util.Arrays;

/** Mean and percentiles of a set of waits, in minutes. */
public record WaitFigures(int count, double mean, double p50, double p90, double p99, double max) {
    public static final WaitFigures NONE = new WaitFigures(0, 0, 0, 0, 0, 0);

    public static WaitFigures of(double[] waits) {
        if (waits.length == 0) {
            return NONE;
        }
        double[] sorted = waits.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double wait : sorted) {
            sum += wait;
        }
        return new WaitFigures(sorted.length, sum / sorted.length, percentile(sorted, 0.50),
                percentile(sorted, 0.90), percentile(sorted, 0.99), sorted[sorted.length - 1]);
    }

    /** Nearest-rank percentile: the smallest wait at least this share of visitors did not exceed. */
    static double percentile(double[] sorted, double share) {
        int rank = (int) Math.ceil(share * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
