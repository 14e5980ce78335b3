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
        assertThat(mine.estimateMinutes()).isBetween(24.0, 36.0); // the median of 15 sampled futures
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

    /** A busy small hall: three windows, a dozen waiting across the lines, one visitor at each window. */
    private java.util.List<Ticket> busyHall() {
        small.open("1", "2", "3");
        java.util.List<Ticket> waiting = new java.util.ArrayList<>();
        String[] services = {"a", "b", "c", "a", "b", "a", "c", "a", "b", "a", "a", "c", "b", "a", "a"};
        for (int i = 0; i < services.length; i++) {
            small.at(i * 0.5);
            waiting.add(small.issue(services[i], i == 9 ? org.onewindow.tickets.Priority.PRIORITY
                    : org.onewindow.tickets.Priority.NORMAL));
        }
        for (String window : new String[] {"1", "2", "3"}) {
            Ticket called = small.call(window);
            waiting.removeIf(t -> t.id().equals(called.id()));
        }
        small.at(9);
        return waiting;
    }

    @Test
    void theCachedForecastAnswersExactlyAsAFreshOneForTheSameHall() {
        java.util.List<Ticket> waiting = busyHall();
        var view = small.hall.view();
        HallForecast cached = estimator.forecastFor(view);
        assertThat(estimator.forecastFor(view)).as("one play per hall version").isSameAs(cached);
        HallForecast fresh = estimator.prepare(view).get();
        assertThat(fresh).isNotSameAs(cached);
        for (Ticket ticket : waiting) {
            Ticket now = small.hall.ticket(ticket.id());
            assertThat(estimator.estimate(now, view)).isEqualTo(estimator.estimate(now, view, fresh));
        }
        for (String service : new String[] {"a", "b", "c"}) {
            Ticket newcomer = small.hall.issue(service, org.onewindow.tickets.Priority.NORMAL,
                    org.onewindow.tickets.Channel.KIOSK, "zh").ticket();
            assertThat(estimator.estimate(newcomer, view)).isEqualTo(estimator.estimate(newcomer, view, fresh));
        }
    }

    @Test
    void aChangeOrTheClockMakesANewForecastAndTheHubAdoptsOnePlayedElsewhere() {
        busyHall();
        var view = small.hall.view();
        HallForecast before = estimator.forecastFor(view);
        small.issue("b");
        assertThat(estimator.forecastFor(view)).isNotSameAs(before);
        HallForecast afterIssue = estimator.forecastFor(view);
        small.at(10);
        assertThat(estimator.forecastFor(view)).isNotSameAs(afterIssue);

        // The hub: snapshots on the desk, plays elsewhere, adopts; answers stay those of the adopted play.
        estimator.playInBackground();
        HallForecast played = estimator.prepare(view).get();
        estimator.adopt(played);
        assertThat(estimator.isCurrent(view)).isTrue();
        Ticket next = small.issue("a");
        assertThat(estimator.isCurrent(view)).isFalse();
        assertThat(estimator.forecastFor(view)).as("never played on the desk").isSameAs(played);
        // Taken after the play: placed behind its line's newcomer, one ahead more than the newcomer had.
        var newcomer = small.hall.issue("a", org.onewindow.tickets.Priority.NORMAL,
                org.onewindow.tickets.Channel.KIOSK, "zh").ticket();
        assertThat(estimator.estimate(newcomer, view).ahead()).isEqualTo(estimator.estimate(next, view).ahead() + 1);
    }

    @Test
    void aTicketTransferredAfterThePlayTakesItsPlaceInTimeNotTheBackOfTheLine() {
        small.open("1", "2");
        Ticket moved = small.issue("a");
        small.at(1);
        small.issue("b");
        small.issue("b");
        small.call("1");
        small.call("2");
        var view = small.hall.view();
        estimator.playInBackground();
        estimator.adopt(estimator.prepare(view).get());

        // Window 1 sends its visitor (taken at minute 0) to b, ahead of the b ticket taken at minute 1.
        small.hall.apply(small.hall.transfer("1", "b", null, "staff"));
        Ticket now = small.hall.ticket(moved.id());
        assertThat(estimator.isCurrent(view)).isFalse();
        assertThat(estimator.estimate(now, view).ahead()).as("answered from the play before the transfer").isZero();
        assertThat(estimator.estimate(now, view, estimator.prepare(view).get()).ahead()).as("a fresh play agrees").isZero();
    }

    @Test
    void aTicketThePlayHadInAnotherLineIsNotAheadOfItself() {
        small.open("3");
        Ticket moved = small.issue("a");
        small.at(10); // it has waited: the window takes it before anyone new
        var view = small.hall.view();
        estimator.playInBackground();
        estimator.adopt(estimator.prepare(view).get()); // window 3 would call the a ticket, then b's newcomer

        small.call("3");
        small.hall.apply(small.hall.transfer("3", "b", null, "staff"));
        Ticket now = small.hall.ticket(moved.id());
        assertThat(estimator.estimate(now, view).ahead()).as("answered from the play before the call").isZero();
        assertThat(estimator.estimate(now, view, estimator.prepare(view).get()).ahead()).as("a fresh play agrees").isZero();
    }

    @Test
    void theRangeHoldsTheEstimate() {
        for (Ticket ticket : busyHall()) {
            WaitEstimate estimate = small.hall.estimate(small.hall.ticket(ticket.id()));
            assertThat(estimate.low()).isLessThanOrEqualTo(estimate.minutes());
            assertThat(estimate.high()).isGreaterThanOrEqualTo(estimate.minutes());
        }
    }

    /**
     * Every visitor waits longer than told (the window is slow to call): the estimate stays the forecast's median
     * under what has been learned, with no factor chasing the last waits.
     */
    @Test
    void theEstimateIsTheForecastsMedianWhateverTheLastWaits() {
        small.open("1");
        small.issue("a");
        small.call("1");
        double minute = 0;
        for (int i = 0; i < 40; i++) {
            small.issue("a");
            minute += 50;
            small.at(minute);
            small.call("1");
        }
        small.issue("a");
        Ticket mine = small.hall.issue("a", org.onewindow.tickets.Priority.NORMAL,
                org.onewindow.tickets.Channel.KIOSK, "zh").ticket();
        var view = small.hall.view();
        double median = estimator.forecastFor(view).raw(mine, view).orElseThrow().mid();
        assertThat(median).isPositive();
        assertThat(estimator.estimate(mine, view).minutes()).isEqualTo(median);
    }
}
