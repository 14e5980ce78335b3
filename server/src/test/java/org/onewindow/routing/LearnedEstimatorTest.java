package org.onewindow.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.onewindow.tickets.Ticket;
import org.onewindow.tickets.Proof;

class LearnedEstimatorTest {
    private final BalancedPolicy policy = new BalancedPolicy(1.25);
    private final LearnedEstimator estimator = new LearnedEstimator(policy, 1.25);
    private final SmallHall small = new SmallHall(policy, estimator);

    /** The prior's expected pace: averageMinutes, and what is left of a call in progress. */
    private Pace pace() {
        return new Pace() {
            @Override
            public double hold(org.onewindow.hall.ServiceSpec service, java.util.SplittableRandom random) {
                return estimator.holdMinutes(service);
            }

            @Override
            public double remaining(org.onewindow.hall.ServiceSpec service, double elapsed, java.util.SplittableRandom random) {
                return Math.max(estimator.holdMinutes(service) - elapsed, 0);
            }
        };
    }

    @Test
    void aTicketAnIdleWindowWillCallWaitsNothing() {
        small.open("1");
        assertThat(small.issue("a").estimateMinutes()).isZero();
    }

    @Test
    void startsFromTheAverageMinutesAndLearnsThePace() {
        var service = small.hall.view().config().service("a").orElseThrow();
        assertThat(estimator.holdMinutes(service)).isEqualTo(10);
        small.open("1");
        double minute = 0;
        for (int i = 0; i < 60; i++) {
            small.issue("a");
            small.call("1");
            minute += 4;
            small.at(minute);
            small.complete("1");
        }
        // 60 calls of 4 minutes against a prior worth 20 calls of 10: (200 + 240) / 80.
        assertThat(estimator.holdMinutes(service)).isCloseTo(5.5, within(1e-9));
    }

    @Test
    void forecastsTheLineThroughTheWindowsThatServeIt() {
        small.open("1");
        small.issue("a");
        small.call("1");
        small.issue("a");
        small.issue("a");
        Ticket mine = small.issue("a");
        // One window on a: the visitor being served (10), then two ahead (10 each). The expected
        // future says 30; the estimate is the median of sampled futures, a little below for skewed times.
        var expected = new Forecast(small.hall.view(), policy, pace(), 1.25, null).until(mine).orElseThrow();
        assertThat(expected.minutes()).isCloseTo(30, within(1e-6));
        assertThat(expected.ahead()).isEqualTo(2);
        assertThat(mine.estimateMinutes()).isBetween(24.0, 32.0);
    }

    @Test
    void countsCrossTrainedHelpTheWayThePolicyGivesIt() {
        small.open("1", "2");
        small.issue("a");
        small.call("1");
        small.issue("a");
        Ticket mine = small.issue("a");
        // Window 2's own line is empty, so it takes the next a at once (12.5 min); mine goes at 10 to window 1.
        var expected = new Forecast(small.hall.view(), policy, pace(), 1.25, null).until(mine).orElseThrow();
        assertThat(expected.minutes()).isCloseTo(10, within(1e-6));
        assertThat(mine.estimateMinutes()).isBetween(6.0, 12.0);
    }

    /** A hub runs for months: what the estimator keeps per ticket goes when the ticket ends, however it ends. */
    @Test
    void forgetsTicketsThatEndWithoutACall() {
        small.open("1");
        small.call("1");
        for (int i = 0; i < 6; i++) {
            small.issue("a");
        }
        Ticket cancelled = small.issue("a");
        assertThat(estimator.awaitingCalibration()).isPositive();
        small.hall.apply(small.hall.cancel(cancelled.id(), new Proof.Key(cancelled.key())));
        small.at(24 * 60);
        small.hall.apply(small.hall.housekeeping().orElseThrow());
        assertThat(estimator.awaitingCalibration()).isZero();
    }
}
