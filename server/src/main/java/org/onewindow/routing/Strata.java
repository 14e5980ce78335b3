package org.onewindow.routing;

import java.util.SplittableRandom;

/**
 * Latin hypercube draws for the futures of one play: the first {@link #DRAWS} service times drawn in each future are
 * spread over the futures stratum by stratum, so that of n futures exactly one draws its k-th service time from each
 * n-th of the distribution (which future draws from which n-th is shuffled per draw). The first draws are those of the
 * visitors at the windows and at the heads of the lines, the same visitors in every future: covering their spread
 * evenly, instead of by chance, makes the median of a few futures much closer to the median of many. Later draws,
 * once the futures have gone their own ways, are plain random. Immutable once built.
 */
final class Strata {
    /** Draws per future that are stratified. */
    static final int DRAWS = 64;
    private final int futures;
    /** For each draw, the stratum of each future: a permutation of 0..futures-1. */
    private final int[][] strata;

    Strata(long seed, int futures) {
        this.futures = futures;
        this.strata = new int[DRAWS][futures];
        SplittableRandom random = new SplittableRandom(seed);
        for (int[] order : strata) {
            for (int i = 0; i < futures; i++) {
                order[i] = i;
            }
            for (int i = futures - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
    }

    /** A uniform in (0, 1) for this future's {@code draw}-th draw: within its stratum while stratified, else plain. */
    double uniform(int future, int draw, SplittableRandom random) {
        double u = random.nextDouble();
        if (draw < DRAWS && future < futures) {
            u = (strata[draw][future] + u) / futures;
        }
        return Math.min(1 - 1e-12, Math.max(1e-12, u));
    }
}
