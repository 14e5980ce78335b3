package org.onewindow.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.onewindow.routing.FifoPolicy;
import org.onewindow.routing.QueueLengthEstimator;

class PooledTwinTest {
    /** Mean wait in queue of M/M/c (Erlang C), in the unit of the mean service time. */
    static double erlangCWait(int servers, double rho, double meanService) {
        double offered = rho * servers;
        double term = 1;
        double sum = 0;
        for (int k = 0; k < servers; k++) {
            sum += term;
            term = term * offered / (k + 1);
        }
        double queued = term * servers / (servers - offered);
        double probabilityOfWaiting = queued / (sum + queued);
        return probabilityOfWaiting * meanService / (servers - offered);
    }

    @Test
    void erlangCFormulaGivesTheTextbookValue() {
        // c = 2, rho = 0.5: P(wait) = 1/3, Wq = P / (c mu - lambda) = (1/3) / (2 - 1) in units of the service time.
        assertThat(erlangCWait(2, 0.5, 1)).isCloseTo(1 / 3.0, within(1e-12));
    }

    /**
     * Four windows at 80% load, exponential service of 10 minutes, flat Poisson arrivals around the
     * clock for 1600 days (about 737,000 visitors): Erlang C gives 7.455 minutes. Runs of 400 days
     * over eight seeds spread with a standard deviation of 3.6%, so 1600 days have about 1.8%; the
     * 6% tolerance is over three standard errors, while a twin off by one window or by the service
     * distribution misses it by far.
     */
    @Test
    void pooledTwinAgreesWithErlangCOnMMc() {
        Workload workload = Workloads.mmc(4, 0.8, 10, 1600, 11);
        Timeline timeline = Timeline.of(workload);
        RunResult pooled = new PooledTwin(workload, timeline, Visitors.draw(workload, timeline)).run();
        double expected = erlangCWait(4, 0.8, 10);
        assertThat(expected).isCloseTo(7.455, within(0.001));
        assertThat(pooled.waits().mean()).isCloseTo(expected, within(0.06 * expected));
        assertThat(pooled.unserved()).isZero();
    }

    /** With one service and only comprehensive windows, the hall under fifo is the pooled line itself. */
    @Test
    void hallOfComprehensiveWindowsWaitsExactlyAsThePooledTwin() {
        Workload workload = Workloads.mmc(3, 0.85, 8, 20, 5);
        Timeline timeline = Timeline.of(workload);
        Visitors visitors = Visitors.draw(workload, timeline);
        RunResult pooled = new PooledTwin(workload, timeline, visitors).run();
        RunResult hall = new Simulator(workload, timeline, visitors, Simulator.Observer.NONE)
                .run(new FifoPolicy(), new QueueLengthEstimator(), null);
        assertThat(hall.waits().count()).isEqualTo(pooled.waits().count());
        assertThat(hall.waits().mean()).isCloseTo(pooled.waits().mean(), within(1e-6));
        assertThat(hall.waits().max()).isCloseTo(pooled.waits().max(), within(1e-6));
    }
}
