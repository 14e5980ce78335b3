package org.onewindow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
        small.issue("b", Priority.PRIORITY);
        small.at(BalancedPolicy.DEFAULT_AGE_CAP_MINUTES);
        assertThat(small.call("3").id()).isEqualTo(old.id());
    }

    /**
     * The starvation bound: a stream of priority tickets of a short matter would keep a normal ticket
     * waiting for ever under priority-first; with the age cap it is called at the first call after
     * the cap, so its wait is at most the cap plus one service.
     */
    @Test
    void aTicketPassedOverByAStreamOfPriorityTicketsIsCalledAtTheAgeCap() {
        small.open("3");
        Ticket starving = small.issue("c");
        double minute = 0;
        Ticket called = null;
        while (called == null || !called.id().equals(starving.id())) {
            small.issue("b", Priority.PRIORITY);
            called = small.call("3");
            minute += 4;
            small.at(minute);
        }
        double waited = Duration.between(starving.issuedAt(), called.calledAt()).toNanos() / 60e9;
        assertThat(waited).isBetween(BalancedPolicy.DEFAULT_AGE_CAP_MINUTES, BalancedPolicy.DEFAULT_AGE_CAP_MINUTES + 4);
    }
}
