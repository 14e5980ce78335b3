package org.onewindow.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SampleQuantilesTest {
    @Test
    void weightsSumToOneAndTheMedianIsSymmetric() {
        double[] weights = SampleQuantiles.weights(15, 0.5);
        assertThat(Arrays.stream(weights).sum()).isCloseTo(1, within(1e-12));
        for (int i = 0; i < 15; i++) {
            assertThat(weights[i]).isCloseTo(weights[14 - i], within(1e-9));
        }
        double[] evenly = new double[15];
        Arrays.setAll(evenly, i -> i + 1);
        assertThat(SampleQuantiles.of(evenly, 0.5)).isCloseTo(8, within(1e-9));
        assertThat(SampleQuantiles.of(evenly, 0.2)).isLessThan(SampleQuantiles.of(evenly, 0.5));
        assertThat(SampleQuantiles.of(new double[] {4}, 0.8)).isEqualTo(4);
    }

    /** What it is for: of 15 skewed samples, nearer the true median than the middle sample, on average. */
    @Test
    void fifteenSamplesGiveAMedianCloserToTheTruthThanTheMiddleOne() {
        SplittableRandom random = new SplittableRandom(11);
        double sigma = 0.6;
        double plain = 0;
        double weighted = 0;
        for (int run = 0; run < 4000; run++) {
            double[] samples = new double[15];
            for (int i = 0; i < 15; i++) {
                samples[i] = Math.exp(sigma * random.nextGaussian()); // true median 1
            }
            Arrays.sort(samples);
            plain += Math.abs(samples[7] - 1);
            weighted += Math.abs(SampleQuantiles.of(samples, 0.5) - 1);
        }
        assertThat(weighted).isLessThan(0.95 * plain);
    }
}
