package org.onewindow.simulation;

import java.util.List;
import java.util.Map;

/**
 * What one policy did over a run.
 *
 * @param waits      every called ticket's wait (called − issued), no-shows included
 * @param byService  mean wait per service, in the hall file's order
 * @param windows    per window: tickets served and share of staffed time spent serving
 * @param etaMaeMin  mean |estimate at issue − actual wait|; NaN where no estimates are given (pooled twin)
 * @param unserved   tickets still waiting when no window that could serve them was left
 * @param rangeHitRate share of called tickets whose wait fell in the range given at issue (in whole minutes)
 * @param rangeHitRateWaiting the same among tickets told at issue that they would wait (the others are called
 *                   at once, as told, and always in their range [0, …])
 */
public record RunResult(String policy, WaitFigures waits, Map<String, Double> byService, List<WindowFigures> windows,
                        double etaMaeMin, int unserved, double rangeHitRate, double rangeHitRateWaiting) {
    public RunResult {
        byService = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byService));
        windows = List.copyOf(windows);
    }

    public RunResult(String policy, WaitFigures waits, Map<String, Double> byService, List<WindowFigures> windows,
                     double etaMaeMin, int unserved) {
        this(policy, waits, byService, windows, etaMaeMin, unserved, Double.NaN, Double.NaN);
    }

    /**
     * One window's figures (the source report's figures 1 and 2).
     *
     * @param outsideProfile tickets of its skills it served outside its profile, at the backup slowdown
     */
    public record WindowFigures(String counter, int served, int outsideProfile, double utilisation) {
    }
}
