package org.onewindow.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.Timetable;

/** The hall's own chores: a new day ends yesterday's queue; a changed hall file ends removed services' tickets. */
class HallHousekeepingTest {
    private void tidy(HallFixture f) {
        for (Optional<HallEvent> chore = f.hall.housekeeping(); chore.isPresent(); chore = f.hall.housekeeping()) {
            f.apply(chore.get());
        }
    }

    @Test
    void aNewDayEndsYesterdaysTicketsAndClosesTheWindows() {
        HallFixture f = HallFixture.aroundTheClock();
        f.open("1", "3");
        f.apply(f.hall.changeProfile("3", List.of("tax"), "m01"));
        Ticket served = f.issue("tax");
        Ticket left = f.issue("tax");
        assertThat(f.callExpectingOne("1").id()).isEqualTo(served.id());
        assertThat(f.hall.housekeeping()).isEmpty();

        f.clock.advance(Duration.ofHours(15)); // 00:00 the next day in Shanghai
        Optional<HallEvent> dayEnd = f.hall.housekeeping();
        assertThat(dayEnd).isPresent();
        assertThat(dayEnd.get().kind()).isEqualTo(HallEvent.Kind.DAY_ENDED);
        f.apply(dayEnd.get());
        assertThat(f.hall.housekeeping()).isEmpty();

        assertThat(f.hall.ticket(left.id()).status()).isEqualTo(TicketStatus.CANCELLED);
        assertThat(f.hall.ticket(served.id()).status()).isEqualTo(TicketStatus.COMPLETED);
        assertThat(f.hall.view().counters()).allSatisfy(c -> assertThat(c.status()).isEqualTo(CounterStatus.CLOSED));
        assertThat(f.hall.counter("3").profile()).containsExactly(Counter.ALL);
        assertThat(f.hall.counter("1").lastTicket()).isEqualTo(served.id());

        // Today's A001 is the only A001 a window can call.
        Ticket today = f.issue("tax");
        assertThat(today.number()).isEqualTo("A001");
        f.open("1");
        assertThat(f.callExpectingOne("1").id()).isEqualTo(today.id());
    }

    @Test
    void aHubRestartedOnALaterDayEndsTheDayItWasOn() {
        HallFixture before = HallFixture.aroundTheClock();
        before.open("1");
        Ticket left = before.issue("tax");
        HallFixture after = new HallFixture(HallFixture.config(Timetable.ALWAYS, null), before.clock);
        before.clock.advance(Duration.ofDays(1));
        after.hall.restore(List.of(left), before.hall.view().counters(), left.day());
        tidy(after);
        assertThat(after.hall.ticket(left.id()).status()).isEqualTo(TicketStatus.CANCELLED);
        assertThat(after.hall.counter("1").status()).isEqualTo(CounterStatus.CLOSED);
    }

    @Test
    void ticketsOfAServiceTheHallFileNoLongerHasEndAndTheRestKeepsWorking() {
        HallFixture before = HallFixture.aroundTheClock();
        before.open("3");
        Ticket property = before.issue("property");
        Ticket tax = before.issue("tax");
        HallConfig full = HallFixture.config(Timetable.ALWAYS, null);
        HallConfig withoutProperty = full.withServices(full.services().stream().filter(s -> !s.id().equals("property")).toList());
        HallFixture after = new HallFixture(withoutProperty, before.clock);
        after.hall.restore(List.of(property, tax), before.hall.view().counters(), property.day());
        tidy(after);
        assertThat(after.hall.ticket(property.id()).status()).isEqualTo(TicketStatus.CANCELLED);
        assertThat(after.callExpectingOne("3").id()).isEqualTo(tax.id());
    }

    @Test
    void restoredWindowsTakeTheirSkillsFromTheHallFile() {
        HallFixture before = HallFixture.aroundTheClock();
        Counter stale = new Counter("2", CounterStatus.OPEN, Set.of("social-card", "gone"), Set.of("*"), null, null, "s01");
        HallFixture after = new HallFixture(HallFixture.config(Timetable.ALWAYS, null), before.clock);
        after.hall.restore(List.of(), List.of(stale), null);
        assertThat(after.hall.counter("2").skills()).containsExactlyInAnyOrder("social-card", "tax");
        assertThat(after.hall.counter("2").profile()).containsExactly("social-card");
        assertThat(after.hall.counter("2").status()).isEqualTo(CounterStatus.OPEN);
    }
}
