package org.onewindow.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.onewindow.hall.Timetable;
import org.onewindow.tickets.HallEvent.Kind;

/** One clerk per window: the one who opens a window holds it until they close it or sign out. */
class HallHoldingTest {
    private final HallFixture f = HallFixture.aroundTheClock();

    private static void assertHeld(Supplier<?> command, String message) {
        assertThatThrownBy(command::get).isInstanceOfSatisfying(HallException.class, e -> {
            assertThat(e.refusal()).isEqualTo(Refusal.COUNTER_HELD);
            assertThat(e.getMessage()).contains(message);
        });
    }

    /** s01 opens window 1 and calls a tax visitor. */
    private Ticket clerkOneServing() {
        f.issue("tax");
        f.issue("tax");
        f.open("1");
        return f.callExpectingOne("1");
    }

    @Test
    void everyWindowCommandByAnotherClerkIsRefusedNamingTheHolder() {
        Ticket visitor = clerkOneServing();
        String holder = "window 1 is held by 张三 (s01)";

        assertHeld(() -> f.hall.setStatus("1", CounterStatus.OPEN, "s02"), holder);
        assertHeld(() -> f.hall.setStatus("1", CounterStatus.PAUSED, "s02"), holder);
        assertHeld(() -> f.hall.setStatus("1", CounterStatus.CLOSED, "s02"), holder);
        assertHeld(() -> f.hall.call("1", "s02"), holder);
        assertHeld(() -> f.hall.recall("1", "s02"), holder);
        assertHeld(() -> f.hall.noShow("1", "s02"), holder);
        assertHeld(() -> f.hall.complete("1", "s02"), holder);
        assertHeld(() -> f.hall.transfer("1", "property", null, "s02"), holder);

        assertThat(f.hall.ticket(visitor.id()).status()).isEqualTo(TicketStatus.CALLED);
        assertThat(f.hall.counter("1").currentTicket()).isEqualTo(visitor.id());
    }

    @Test
    void aManagerTooIsRefusedUntilTakingTheWindowOver() {
        clerkOneServing();
        assertHeld(() -> f.hall.call("1", "m01"), "张三 (s01)");
        assertHeld(() -> f.hall.complete("1", "m01"), "张三 (s01)");
    }

    @Test
    void theHolderCarriesOnAndClosingFreesTheWindowForTheNextClerk() {
        Ticket first = clerkOneServing();
        Ticket second = f.callExpectingOne("1");
        assertThat(f.hall.ticket(first.id()).status()).isEqualTo(TicketStatus.COMPLETED);
        f.apply(f.hall.complete("1", "s01"));
        f.apply(f.hall.setStatus("1", CounterStatus.CLOSED, "s01"));
        assertThat(f.hall.counter("1").staff()).isNull();

        f.apply(f.hall.setStatus("1", CounterStatus.OPEN, "s02"));
        assertThat(f.hall.counter("1").staff()).isEqualTo("s02");
        assertThat(f.hall.ticket(second.id()).status()).isEqualTo(TicketStatus.COMPLETED);
        assertHeld(() -> f.hall.setStatus("1", CounterStatus.PAUSED, "s01"), "李四 (s02)");
    }

    @Test
    void takingOverMovesTheHoldKeepsTheVisitorAndLogsWhomItWasTakenFrom() {
        Ticket visitor = clerkOneServing();
        f.apply(f.hall.setStatus("1", CounterStatus.PAUSED, "s01"));

        HallEvent taken = f.apply(f.hall.takeOver("1", "m01"));

        assertThat(taken.kind()).isEqualTo(Kind.COUNTER_TAKEN_OVER);
        assertThat(taken.actor()).isEqualTo("m01 (took window 1 over from s01)");
        Counter window = f.hall.counter("1");
        assertThat(window.staff()).isEqualTo("m01");
        assertThat(window.status()).isEqualTo(CounterStatus.OPEN);
        assertThat(window.currentTicket()).isEqualTo(visitor.id());
        assertHeld(() -> f.hall.complete("1", "s01"), "王经理 (m01)");
        assertThat(f.apply(f.hall.complete("1", "m01")).ticket().status()).isEqualTo(TicketStatus.COMPLETED);
    }

    @Test
    void takingOverAWindowNobodyHoldsJustOpensIt() {
        HallEvent opened = f.apply(f.hall.takeOver("2", "m01"));
        assertThat(opened.kind()).isEqualTo(Kind.COUNTER_OPENED);
        assertThat(opened.actor()).isEqualTo("m01");
        assertThat(f.hall.counter("2").staff()).isEqualTo("m01");
    }

    @Test
    void aManagersProfileChangeIsNotRefusedForTheHold() {
        clerkOneServing();
        HallEvent changed = f.apply(f.hall.changeProfile("1", List.of("tax"), "m01"));
        assertThat(changed.counter().profile()).containsExactly("tax");
        assertThat(changed.counter().staff()).isEqualTo("s01");
    }

    @Test
    void signingOutClosesIdleWindowsAndPausesOneWithAVisitorWhoStaysCalled() {
        Ticket visitor = clerkOneServing();
        f.open("3");
        f.apply(f.hall.setStatus("2", CounterStatus.OPEN, "s02"));

        HallEvent released = f.apply(f.hall.signOut("s01").orElseThrow());

        assertThat(released.kind()).isEqualTo(Kind.COUNTERS_RELEASED);
        assertThat(released.actor()).isEqualTo("s01 (signed out)");
        assertThat(released.counters()).extracting(Counter::id).containsExactly("1", "3");
        Counter one = f.hall.counter("1");
        assertThat(one.status()).isEqualTo(CounterStatus.PAUSED);
        assertThat(one.staff()).isNull();
        assertThat(one.currentTicket()).isEqualTo(visitor.id());
        assertThat(f.hall.ticket(visitor.id()).status()).isEqualTo(TicketStatus.CALLED);
        assertThat(f.hall.counter("3").status()).isEqualTo(CounterStatus.CLOSED);
        assertThat(f.hall.counter("2").staff()).as("another clerk's window").isEqualTo("s02");
        assertThat(f.hall.signOut("s01")).as("nothing left to free").isEmpty();
    }

    @Test
    void theNextClerkContinuesWithTheVisitorLeftAtAFreedWindow() {
        Ticket visitor = clerkOneServing();
        f.apply(f.hall.signOut("s01").orElseThrow());

        f.apply(f.hall.setStatus("1", CounterStatus.OPEN, "s02"));
        HallEvent done = f.apply(f.hall.complete("1", "s02"));

        assertThat(done.ticket().id()).isEqualTo(visitor.id());
        assertThat(done.actor()).isEqualTo("s02");
    }

    @Test
    void aRestoredHallKeepsTheHold() {
        clerkOneServing();
        HallFixture after = new HallFixture(HallFixture.config(Timetable.ALWAYS, null), f.clock);
        after.hall.restore(f.hall.tickets(), f.hall.view().counters(), null);

        assertThat(after.hall.counter("1").staff()).isEqualTo("s01");
        assertHeld(() -> after.hall.call("1", "s02"), "张三 (s01)");
    }

    @Test
    void theDayEndFreesEveryWindow() {
        clerkOneServing();
        f.clock.advanceMinutes(24 * 60);
        HallEvent dayEnd = f.apply(f.hall.housekeeping().orElseThrow());
        assertThat(dayEnd.counters()).allSatisfy(c -> assertThat(c.staff()).isNull());
        assertThat(f.hall.setStatus("1", CounterStatus.OPEN, "s02").counter().staff()).isEqualTo("s02");
    }
}
