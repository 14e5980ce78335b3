package org.onewindow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Ticket;

class BalancedPolicyTest {
    private final SmallHall small = new SmallHall(new BalancedPolicy(1.25));

    @Test
    void callsPriorityFirstThenOldestWithinAService() {
        small.open("1");
        Ticket first = small.issue("a");
        small.at(1);
        Ticket second = small.issue("a");
        small.at(2);
        Ticket priority = small.issue("a", Priority.PRIORITY);
        assertThat(small.call("1")).isEqualTo(priority.calledBy("1", small.clock.instant()));
        assertThat(small.call("1").id()).isEqualTo(first.id());
        assertThat(small.call("1").id()).isEqualTo(second.id());
    }

    @Test
    void callsAPriorityHeadBeforeAnOlderNormalOneInItsProfile() {
        small.open("3");
        small.issue("a");
        small.at(5);
        Ticket priority = small.issue("c", Priority.PRIORITY);
        assertThat(small.call("3").id()).isEqualTo(priority.id());
    }

    @Test
    void givesShortMattersACreditOfTheirAverageMinutes() {
        SmallHall small = told(new BalancedPolicy(1.25), Ticket.UNTOLD, Ticket.UNTOLD); // no promise to keep
        small.open("3");
        Ticket longer = small.issue("a");
        small.at(3);
        Ticket shorter = small.issue("b");
        small.at(4);
        // a: waited 4, less 10 = -6; b: waited 1, less 5 = -4.
        assertThat(small.call("3").id()).isEqualTo(shorter.id());
        assertThat(small.call("3").id()).isEqualTo(longer.id());
    }

    @Test
    void crossTrainedWindowServesItsSkillsOnlyWhenItsOwnLinesAreEmpty() {
        small.open("2");
        Ticket skill = small.issue("a");
        small.at(10);
        Ticket own = small.issue("b");
        assertThat(small.call("2").id()).isEqualTo(own.id());
        assertThat(small.call("2").id()).isEqualTo(skill.id());
    }

    @Test
    void leavesASkillToAnIdleWindowThatHasItInItsProfile() {
        small.open("1", "2");
        small.issue("a");
        assertThat(small.call("2")).isNull();
        assertThat(small.call("1")).isNotNull();
    }

    @Test
    void neverCallsOutsideTheWindowsSkills() {
        small.open("1");
        small.issue("b");
        small.issue("c");
        assertThat(small.call("1")).isNull();
    }

    @Test
    void onceAHeadHasWaitedTheAgeCapTheOldestHeadWins() {
        small.open("3");
        Ticket old = small.issue("c");
        small.at(BalancedPolicy.DEFAULT_AGE_CAP_MINUTES - 1);
        small.issue("b");
        small.at(BalancedPolicy.DEFAULT_AGE_CAP_MINUTES);
        assertThat(small.call("3").id()).isEqualTo(old.id());
    }

    /**
     * CONTRACT §3 puts priority before normal among the tickets a window serves, so the age cap
     * never overrides it: a normal ticket waits while priority tickets keep coming, and is called
     * first once they stop, being by then the oldest head.
     */
    @Test
    void priorityTicketsComeFirstEvenPastTheAgeCap() {
        small.open("3");
        Ticket waiting = small.issue("c");
        for (double minute = 4; minute <= 2 * BalancedPolicy.DEFAULT_AGE_CAP_MINUTES; minute += 4) {
            Ticket priority = small.issue("b", Priority.PRIORITY);
            assertThat(small.call("3").id()).isEqualTo(priority.id());
            small.at(minute);
        }
        small.issue("b");
        assertThat(small.call("3").id()).isEqualTo(waiting.id());
    }

    /** A hall whose estimator tells each ticket issued the next of these minutes. */
    private static SmallHall told(BalancedPolicy policy, double... minutes) {
        Deque<Double> told = new ArrayDeque<>();
        for (double m : minutes) {
            told.add(m);
        }
        return new SmallHall(policy, (ticket, hall) -> new WaitEstimate(0, told.isEmpty() ? 0 : told.poll()));
    }

    @Test
    void callsTheHeadFurthestPastTheWaitItWasTold() {
        // b was told 20 minutes and a nothing to wait: at minute 4, b (waited 4, less 5) would go first by
        // wait alone, but a is 3 minutes past what it was told and b has 16 to go.
        SmallHall hall = told(new BalancedPolicy(1.25), 20, 0);
        hall.open("3");
        Ticket early = hall.issue("b");
        hall.at(1);
        Ticket late = hall.issue("a");
        hall.at(4);
        assertThat(hall.call("3").id()).isEqualTo(late.id());
        assertThat(hall.call("3").id()).isEqualTo(early.id());
    }

    @Test
    void withoutAPromiseWeightCallsByWaitAlone() {
        SmallHall hall = told(new BalancedPolicy(1.25, BalancedPolicy.DEFAULT_AGE_CAP_MINUTES, 0), 20, 0);
        hall.open("3");
        Ticket early = hall.issue("b");
        hall.at(1);
        hall.issue("a");
        hall.at(4);
        assertThat(hall.call("3").id()).isEqualTo(early.id());
    }

    @Test
    void aTicketToldNothingCountsAsOnTime() {
        // A forecast's imagined visitor (told nothing) is neither favoured as if told 0 nor held back: a, untold,
        // waited 4 less 10; b, 3 minutes late, goes first.
        SmallHall hall = told(new BalancedPolicy(1.25), Ticket.UNTOLD, 0);
        hall.open("3");
        Ticket untold = hall.issue("a");
        hall.at(1);
        Ticket late = hall.issue("b");
        hall.at(4);
        assertThat(hall.call("3").id()).isEqualTo(late.id());
        assertThat(hall.call("3").id()).isEqualTo(untold.id());
    }

    @Test
    void aLateHeadNeverJumpsAPriorityHeadNorItsOwnLine() {
        SmallHall hall = told(new BalancedPolicy(1.25), 0, 30, 30);
        hall.open("3");
        Ticket late = hall.issue("a");
        hall.at(10);
        Ticket priority = hall.issue("b", Priority.PRIORITY);
        Ticket behind = hall.issue("a");
        hall.at(20);
        assertThat(hall.call("3").id()).isEqualTo(priority.id());
        assertThat(hall.call("3").id()).isEqualTo(late.id());
        assertThat(hall.call("3").id()).isEqualTo(behind.id());
    }
}
