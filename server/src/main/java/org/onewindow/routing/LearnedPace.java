package org.onewindow.routing;

import java.util.Map;
import java.util.SplittableRandom;
import org.onewindow.hall.ServiceSpec;

/**
 * How long calls hold windows as learned so far (a copy goes with each forecast): per service a log-normal with the
 * learned mean and spread. In one of a play's futures ({@link #inFuture}) its draws are stratified with the other
 * futures' ({@link Strata}); a call in progress is drawn from the same log-normal cut at what it has lasted.
 */
final class LearnedPace implements Pace {
    private final Map<String, double[]> holds;
    private final Strata strata;
    private final int future;
    /** Draws made so far in this future. */
    private int draws;

    LearnedPace(Map<String, double[]> holds) {
        this(holds, null, 0);
    }

    private LearnedPace(Map<String, double[]> holds, Strata strata, int future) {
        this.holds = holds;
        this.strata = strata;
        this.future = future;
    }

    @Override
    public Pace inFuture(Strata strata, int future) {
        return new LearnedPace(holds, strata, future);
    }

    @Override
    public double hold(ServiceSpec service, SplittableRandom random) {
        double mean = LearnedEstimator.holdMinutes(holds, service);
        if (random == null) {
            return mean;
        }
        double sigma = sigma(service);
        return Math.exp(Math.log(mean) - sigma * sigma / 2 + sigma * Normal.quantile(uniform(random)));
    }

    @Override
    public double remaining(ServiceSpec service, double elapsed, SplittableRandom random) {
        double mean = LearnedEstimator.holdMinutes(holds, service);
        if (random == null) {
            // A visitor already served longer than expected is likely near the end, not done.
            return Math.max(mean - elapsed, 0.25 * mean);
        }
        double sigma = sigma(service);
        double mu = Math.log(mean) - sigma * sigma / 2;
        double u = uniform(random);
        if (!(sigma > 1e-9)) {
            return mean > elapsed ? mean - elapsed : 0.25 * mean; // calls all alike so far
        }
        // The whole call, drawn from the log-normal above what it has lasted (inverse of the cut distribution).
        double done = elapsed <= 0 ? 0 : Normal.cdf((Math.log(elapsed) - mu) / sigma);
        if (1 - done < 1e-6) {
            return 0.25 * mean; // far beyond any likely length: near the end
        }
        double total = Math.exp(mu + sigma * Normal.quantile(Math.min(1 - 1e-12, done + u * (1 - done))));
        return Math.max(0, total - elapsed);
    }

    private double uniform(SplittableRandom random) {
        if (strata == null) {
            return Math.min(1 - 1e-12, Math.max(1e-12, random.nextDouble()));
        }
        return strata.uniform(future, draws++, random);
    }

    /** Standard deviation of the log of a hold, from the learned coefficient of variation. */
    private double sigma(ServiceSpec service) {
        double cv = LearnedEstimator.spread(holds, service);
        return Math.sqrt(Math.log(1 + cv * cv));
    }
}
