package org.onewindow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StrataTest {
    @Test
    void eachStratifiedDrawPutsOneFutureInEveryStratum() {
        Strata strata = new Strata(42, 15);
        SplittableRandom random = new SplittableRandom(7);
        for (int draw = 0; draw < Strata.DRAWS; draw++) {
            Set<Integer> covered = new HashSet<>();
            for (int future = 0; future < 15; future++) {
                double u = strata.uniform(future, draw, random);
                assertThat(u).isStrictlyBetween(0.0, 1.0);
                covered.add((int) (u * 15));
            }
            assertThat(covered).as("draw %d", draw).hasSize(15);
        }
    }

    @Test
    void whichFutureDrawsFromWhichStratumIsShuffledPerDraw() {
        Strata strata = new Strata(42, 15);
        SplittableRandom random = new SplittableRandom(7);
        Set<Integer> firstFutureStrata = new HashSet<>();
        for (int draw = 0; draw < Strata.DRAWS; draw++) {
            firstFutureStrata.add((int) (strata.uniform(0, draw, random) * 15));
        }
        assertThat(firstFutureStrata.size()).isGreaterThan(5);
    }

    @Test
    void aPaceInAFutureDrawsItsServiceTimesFromItsStrata() {
        var service = new org.onewindow.hall.ServiceSpec("a", "A", new org.onewindow.hall.LocalText("a", "a"), 10,
                null, java.util.List.of());
        Strata strata = new Strata(3, 15);
        double[] first = new double[15];
        double[] lasted = new double[15];
        for (int future = 0; future < 15; future++) {
            Pace pace = new LearnedPace(java.util.Map.of()).inFuture(strata, future);
            SplittableRandom random = new SplittableRandom(future);
            first[future] = pace.hold(service, random);
            lasted[future] = pace.remaining(service, 12, random);
        }
        java.util.Arrays.sort(first);
        // The prior: mean 10, spread 0.5. The i-th smallest of 15 stratified draws lies between the log-normal's
        // i/15 and (i+1)/15 quantiles.
        double sigma = Math.sqrt(Math.log(1.25));
        double mu = Math.log(10) - sigma * sigma / 2;
        for (int i = 0; i < 15; i++) {
            double below = i == 0 ? 0 : Math.exp(mu + sigma * Normal.quantile(i / 15.0));
            double above = i == 14 ? Double.MAX_VALUE : Math.exp(mu + sigma * Normal.quantile((i + 1) / 15.0));
            assertThat(first[i]).isBetween(below, above);
        }
        // A call that has lasted 12 minutes: what is left is positive and spread over the cut distribution.
        assertThat(Arrays.stream(lasted).min().orElseThrow()).isPositive();
        java.util.Arrays.sort(lasted);
        assertThat(lasted[14]).isGreaterThan(3 * lasted[0]);
    }

    @Test
    void theNormalDistributionAndItsInverseAgree() {
        for (double p : new double[] {1e-6, 0.01, 0.2, 0.5, 0.8, 0.99, 1 - 1e-6}) {
            assertThat(Normal.cdf(Normal.quantile(p))).isCloseTo(p, org.assertj.core.api.Assertions.within(1e-6));
        }
        assertThat(Normal.quantile(0.5)).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(Normal.quantile(0.975)).isCloseTo(1.959964, org.assertj.core.api.Assertions.within(1e-5));
    }
}
