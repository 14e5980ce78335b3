package org.onewindow.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which ticket a window calls: priority, age, profiles, transfers and window status. */
class HallCallingTest {
    private final HallFixture f = HallFixture.aroundTheClock();

    private static void assertRefused(Runnable command, Refusal refusal) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(HallException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }

    @Test
    void callsPriorityTicketsBeforeNormalOnesAcrossTheWindowsProfile() {
        f.open("3");
        f.issue("tax");
        f.clock.advanceMinutes(1);
        f.issue("social-card", Priority.PRIORITY);
        f.clock.advanceMinutes(1);
        f.issue("property", Priority.PRIORITY);

        assertThat(f.drain("3")).containsExactly("B001", "C001", "A001");
    }

    @Test
    void ignoresPriorityTicketsOutsideTheProfile() {
        f.open("1");
        f.issue("social-card", Priority.PRIORITY);
        f.issue("tax");

        assertThat(f.drain("1")).containsExactly("A001");
    }

    @Test
    void callsTheOldestFirstWithinAPriorityClass() {
        f.open("3");
        for (String service : List.of("tax", "social-card", "tax", "property", "social-card")) {
            f.issue(service);
            f.clock.advanceMinutes(1);
        }

        assertThat(f.drain("3")).containsExactly("A001", "B001", "A002", "C001", "B002");
    }

    @Test
    void transferToAnotherServiceKeepsTheNumberAndThePlaceInTime() {
        f.open("1", "4");
        Ticket transferred = f.issue("tax");
        f.clock.advanceMinutes(3);
        f.issue("social-card");
        f.issue("social-card");
        f.call("1");

        Ticket moved = f.apply(f.hall.transfer("1", "social-card", null, "s01")).ticket();

        assertThat(moved.number()).isEqualTo("A001");
        assertThat(moved.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(moved.service()).isEqualTo("social-card");
        assertThat(moved.order()).isEqualTo(transferred.order());
        assertThat(f.hall.counter("1").currentTicket()).isNull();
        assertThat(f.waitingNumbers("social-card")).containsExactly("A001", "B001", "B002");
        assertThat(f.drain("4")).containsExactly("A001", "B001", "B002");
    }

    @Test
    void transferToAWindowIsCalledOnlyByThatWindow() {
        f.open("1", "2", "3");
        Ticket ticket = f.issue("tax");
        f.call("1");

        f.apply(f.hall.transfer("1", null, "2", "s01"));

        assertThat(f.call("1")).isEmpty();
        assertThat(f.call("3")).as("a comprehensive window leaves it for window 2").isEmpty();
        Ticket called = f.callExpectingOne("2");
        assertThat(called.id()).isEqualTo(ticket.id());
        assertThat(called.number()).isEqualTo("A001");
        assertThat(called.targetCounter()).isNull();
    }

    @Test
    void refusesATransferToAWindowWhoseStaffCannotServeTheTicket() {
        f.open("1", "4");
        f.issue("tax");
        f.call("1");

        assertRefused(() -> f.hall.transfer("1", null, "4", "s01"), Refusal.OUTSIDE_SKILLS);
        assertThat(f.call("4")).isEmpty();
    }

    @Test
    void refusesTransfersThatNameNeitherOrBothOrAnUnknownPlace() {
        f.open("1");
        f.issue("tax");
        f.call("1");

        assertRefused(() -> f.hall.transfer("1", null, null, "s01"), Refusal.BAD_REQUEST);
        assertRefused(() -> f.hall.transfer("1", "property", "3", "s01"), Refusal.BAD_REQUEST);
        assertRefused(() -> f.hall.transfer("1", "passports", null, "s01"), Refusal.UNKNOWN_SERVICE);
        assertRefused(() -> f.hall.transfer("1", null, "99", "s01"), Refusal.UNKNOWN_COUNTER);
    }

    @Test
    void aPausedOrClosedWindowCannotCall() {
        f.issue("tax");
        f.issue("tax");
        assertRefused(() -> f.hall.call("1", "s01"), Refusal.COUNTER_NOT_OPEN);

        f.open("1");
        f.call("1");
        f.apply(f.hall.setStatus("1", CounterStatus.PAUSED, "s01"));
        assertRefused(() -> f.hall.call("1", "s01"), Refusal.COUNTER_NOT_OPEN);
        assertThat(f.apply(f.hall.complete("1", "s01")).ticket().status())
                .as("a paused window finishes its visitor").isEqualTo(TicketStatus.COMPLETED);

        f.apply(f.hall.setStatus("1", CounterStatus.CLOSED, "s01"));
        assertRefused(() -> f.hall.call("1", "s01"), Refusal.COUNTER_NOT_OPEN);
        assertThat(f.waitingNumbers("tax")).containsExactly("A002");
    }

    @Test
    void twoWindowsCallingOneAfterAnotherGetDifferentTickets() {
        f.open("1", "3");
        f.issue("tax");
        f.issue("tax");

        Ticket first = f.callExpectingOne("1");
        Ticket second = f.callExpectingOne("3");

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(List.of(first.number(), second.number())).containsExactly("A001", "A002");
    }

    @Test
    void windowsCallingInTurnNeverCallATicketTwice() {
        f.open("1", "2", "3", "4");
        Random random = new Random(42);
        List<String> services = List.of("tax", "social-card", "property");
        List<String> windows = List.of("1", "2", "3", "4");
        Set<String> issued = new HashSet<>();
        List<String> called = new ArrayList<>();
        for (int step = 0; step < 2_000; step++) {
            f.clock.advance(Duration.ofSeconds(20));
            if (issued.size() < 600 && random.nextInt(3) > 0) {
                Priority priority = random.nextInt(10) == 0 ? Priority.PRIORITY : Priority.NORMAL;
                issued.add(f.issue(services.get(random.nextInt(services.size())), priority).id());
            }
            String window = windows.get(step % windows.size());
            Optional<Ticket> ticket = f.call(window);
            ticket.ifPresent(t -> {
                assertThat(called).as("window %s called %s", window, t.number()).doesNotContain(t.id());
                called.add(t.id());
            });
            if (random.nextInt(20) == 0 && f.hall.counter(window).currentTicket() != null) {
                f.apply(f.hall.noShow(window, "s01"));
            }
        }
        windows.forEach(f::drain);

        assertThat(called).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(issued);
        assertThat(f.hall.tickets()).allSatisfy(t -> assertThat(t.status()).isNotEqualTo(TicketStatus.WAITING));
    }

    @Test
    void usesAChangedProfileFromTheNextCall() {
        f.open("2");
        f.issue("tax");
        assertThat(f.call("2")).isEmpty();

        f.apply(f.hall.changeProfile("2", List.of("social-card", "tax"), "m01"));

        assertThat(f.callExpectingOne("2").number()).isEqualTo("A001");
    }

    @Test
    void refusesAProfileBeyondTheStaffsSkills() {
        assertThatThrownBy(() -> f.hall.changeProfile("1", List.of("tax", "property"), "m01"))
                .isInstanceOfSatisfying(HallException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.OUTSIDE_SKILLS));
    }
}
