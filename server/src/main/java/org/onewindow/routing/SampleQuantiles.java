package org.onewindow.routing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Percentiles of a few sampled futures, read the Harrell–Davis way: a weighted mean of every sorted sample (weights
 * from the Beta distribution of that order statistic) rather than one or two middle samples. Of 15 futures it is
 * noticeably closer to the percentile of many futures than the plain sample percentile, at no extra play.
 */
final class SampleQuantiles {
    /** Midpoints per sample interval when the weights are integrated (once per size and percentile). */
    private static final int STEPS = 256;
    private static final Map<Long, double[]> WEIGHTS = new ConcurrentHashMap<>();

    private SampleQuantiles() {
    }

    /** The {@code p}-th percentile (0 &lt; p &lt; 1) of these samples, sorted ascending. */
    static double of(double[] sorted, double p) {
        double[] weights = weights(sorted.length, p);
        double sum = 0;
        for (int i = 0; i < sorted.length; i++) {
            sum += weights[i] * sorted[i];
        }
        return sum;
    }

    /** Weight of the i-th smallest of n samples: the share of Beta((n+1)p, (n+1)(1-p)) between (i-1)/n and i/n. */
    static double[] weights(int n, double p) {
        return WEIGHTS.computeIfAbsent(n * 1_000_003L + Math.round(p * 1e6), key -> {
            double a = (n + 1) * p;
            double b = (n + 1) * (1 - p);
            double[] weights = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                for (int s = 0; s < STEPS; s++) {
                    double x = (i + (s + 0.5) / STEPS) / n;
                    weights[i] += Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log(1 - x));
                }
                total += weights[i];
            }
            for (int i = 0; i < n; i++) {
                weights[i] /= total;
            }
            return weights;
        });
    }
}
