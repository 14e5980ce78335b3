package org.onewindow.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onewindow.hall.Timetable;
import org.onewindow.testing.MutableClock;

/** A ticket's life, numbering, quotas and hours. */
class HallTest {
    private final HallFixture f = HallFixture.aroundTheClock();

    private static void assertRefused(Runnable command, Refusal refusal) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(HallException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }

    @Test
    void issuesAWaitingTicketWithTheFirstNumberOfItsPrefix() {
        Ticket ticket = f.issue("tax");

        assertThat(ticket.number()).isEqualTo("A001");
        assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(ticket.issuedAt()).isEqualTo(f.clock.instant());
        assertThat(ticket.day()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(f.waitingNumbers("tax")).containsExactly("A001");
    }

    @Test
    void decidesWithoutChangingTheHallUntilTheEventIsApplied() {
        HallEvent first = f.hall.issue("tax", Priority.NORMAL, Channel.KIOSK, "zh");
        HallEvent again = f.hall.issue("tax", Priority.NORMAL, Channel.KIOSK, "zh");

        assertThat(f.waitingNumbers("tax")).isEmpty();
        assertThat(again.ticket().number()).isEqualTo(first.ticket().number());
        f.apply(first);
        assertThat(f.waitingNumbers("tax")).containsExactly("A001");
    }

    @Test
    void takesATicketFromWaitingThroughCalledToCompleted() {
        f.open("1");
        Ticket issued = f.issue("tax");
        f.clock.advanceMinutes(5);

        Ticket called = f.callExpectingOne("1");
        assertThat(called.id()).isEqualTo(issued.id());
        assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(called.counter()).isEqualTo("1");
        assertThat(called.calledAt()).isEqualTo(f.clock.instant());
        assertThat(f.hall.counter("1").currentTicket()).isEqualTo(issued.id());
        assertThat(f.waitingNumbers("tax")).isEmpty();

        f.clock.advanceMinutes(7);
        Ticket completed = f.apply(f.hall.complete("1", "s01")).ticket();
        assertThat(completed.status()).isEqualTo(TicketStatus.COMPLETED);
        assertThat(completed.completedAt()).isEqualTo(f.clock.instant());
        assertThat(f.hall.counter("1").currentTicket()).isNull();
        assertThat(f.hall.counter("1").lastTicket()).isEqualTo(issued.id());
    }

    @Test
    void marksACalledTicketNoShow() {
        f.open("1");
        f.issue("tax");
        f.call("1");

        Ticket gone = f.apply(f.hall.noShow("1", "s01")).ticket();

        assertThat(gone.status()).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(f.hall.counter("1").currentTicket()).isNull();
    }

    @Test
    void cancelsOnlyWhileWaiting() {
        f.open("1");
        Ticket waiting = f.issue("tax");
        Ticket cancelled = f.apply(f.hall.cancel(waiting.id(), new Proof.Key(waiting.key()))).ticket();
        assertThat(cancelled.status()).isEqualTo(TicketStatus.CANCELLED);
        assertThat(f.waitingNumbers("tax")).isEmpty();
        assertRefused(() -> f.hall.cancel(waiting.id(), new Proof.Key(waiting.key())), Refusal.NOT_WAITING);

        Ticket called = f.issue("tax");
        f.call("1");
        assertRefused(() -> f.hall.cancel(called.id(), new Proof.Key(called.key())), Refusal.NOT_WAITING);
        f.apply(f.hall.complete("1", "s01"));
        assertRefused(() -> f.hall.cancel(called.id(), new Proof.Key(called.key())), Refusal.NOT_WAITING);
    }

    @Test
    void callingWhileServingCompletesTheCurrentTicketFirst() {
        f.open("1");
        Ticket first = f.issue("tax");
        Ticket second = f.issue("tax");
        f.call("1");

        HallEvent next = f.apply(f.hall.call("1", "s01").orElseThrow());

        assertThat(next.kind()).isEqualTo(HallEvent.Kind.TICKET_CALLED);
        assertThat(next.tickets()).extracting(Ticket::id, Ticket::status).containsExactly(
                tuple(first.id(), TicketStatus.COMPLETED),
                tuple(second.id(), TicketStatus.CALLED));
        assertThat(f.hall.ticket(first.id()).status()).isEqualTo(TicketStatus.COMPLETED);
        assertThat(f.hall.counter("1").currentTicket()).isEqualTo(second.id());
    }

    @Test
    void callingWithNothingWaitingStillCompletesTheCurrentTicket() {
        f.open("1");
        Ticket only = f.issue("tax");
        f.call("1");

        HallEvent event = f.apply(f.hall.call("1", "s01").orElseThrow());

        assertThat(event.kind()).isEqualTo(HallEvent.Kind.TICKET_COMPLETED);
        assertThat(f.hall.ticket(only.id()).status()).isEqualTo(TicketStatus.COMPLETED);
        assertThat(f.hall.counter("1").currentTicket()).isNull();
        assertThat(f.hall.call("1", "s01")).isEmpty();
    }

    @Test
    void recallAnnouncesAgainAndCountsRecalls() {
        f.open("1");
        f.issue("tax");
        f.call("1");

        HallEvent once = f.apply(f.hall.recall("1", "s01"));
        HallEvent twice = f.apply(f.hall.recall("1", "s01"));

        assertThat(once.announces()).isTrue();
        assertThat(once.ticket().recalls()).isEqualTo(1);
        assertThat(twice.ticket().recalls()).isEqualTo(2);
        assertThat(f.current("1").status()).isEqualTo(TicketStatus.CALLED);
    }

    @Test
    void refusesToFinishOrRecallWithoutACurrentTicket() {
        f.open("1");

        assertRefused(() -> f.hall.recall("1", "s01"), Refusal.NO_CURRENT_TICKET);
        assertRefused(() -> f.hall.complete("1", "s01"), Refusal.NO_CURRENT_TICKET);
        assertRefused(() -> f.hall.noShow("1", "s01"), Refusal.NO_CURRENT_TICKET);
    }

    @Test
    void refusesUnknownServicesCountersAndTickets() {
        assertRefused(() -> f.hall.issue("passports", Priority.NORMAL, Channel.KIOSK, "zh"), Refusal.UNKNOWN_SERVICE);
        assertRefused(() -> f.hall.call("99", "s01"), Refusal.UNKNOWN_COUNTER);
        assertRefused(() -> f.hall.cancel("nope", new Proof.Key("k")), Refusal.UNKNOWN_TICKET);
    }

    @Test
    void numbersEachPrefixOnItsOwn() {
        assertThat(f.issue("tax").number()).isEqualTo("A001");
        assertThat(f.issue("tax").number()).isEqualTo("A002");
        assertThat(f.issue("social-card").number()).isEqualTo("B001");
        assertThat(f.issue("tax").number()).isEqualTo("A003");
    }

    @Test
    void restartsNumberingAtMidnightHallTimeWhileTheUtcDateStaysTheSame() {
        HallFixture late = new HallFixture(HallFixture.config(Timetable.ALWAYS, null),
                MutableClock.at("2025-03-03T23:59", HallFixture.SHANGHAI));
        Ticket lastOfMonday = late.issue("tax");
        late.issue("tax");
        LocalDate utcBefore = LocalDate.ofInstant(late.clock.instant(), ZoneOffset.UTC);

        late.clock.advanceMinutes(2);
        Ticket firstOfTuesday = late.issue("tax");

        assertThat(LocalDate.ofInstant(late.clock.instant(), ZoneOffset.UTC)).isEqualTo(utcBefore);
        assertThat(firstOfTuesday.number()).isEqualTo("A001");
        assertThat(firstOfTuesday.day()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(late.issue("tax").number()).isEqualTo("A002");
        assertThat(late.hall.ticket(lastOfMonday.id()).status()).as("yesterday's waiting ticket keeps waiting")
                .isEqualTo(TicketStatus.WAITING);
    }

    @Test
    void keepsNumberingThroughUtcMidnight() {
        // 07:59 in Shanghai is 23:59 UTC: the UTC date changes, the hall's does not.
        HallFixture early = new HallFixture(HallFixture.config(Timetable.ALWAYS, null),
                MutableClock.at("2025-03-04T07:59", HallFixture.SHANGHAI));
        early.issue("tax");
        early.clock.advanceMinutes(2);

        assertThat(early.issue("tax").number()).isEqualTo("A002");
    }

    @Test
    void refusesTicketsOnceTheDailyQuotaIsIssued() {
        HallFixture limited = new HallFixture(HallFixture.config(Timetable.ALWAYS, 2),
                MutableClock.at("2025-03-03T09:00", HallFixture.SHANGHAI));
        Ticket first = limited.issue("tax");
        limited.issue("tax");
        limited.apply(limited.hall.cancel(first.id(), new Proof.Key(first.key())));

        assertRefused(() -> limited.hall.issue("tax", Priority.NORMAL, Channel.KIOSK, "zh"), Refusal.QUOTA_EXHAUSTED);
        assertThat(limited.hall.accepts(limited.hall.view().config().service("tax").orElseThrow())).isFalse();
        assertThat(limited.issue("social-card").number()).as("other services are not limited").isEqualTo("B001");

        limited.clock.advance(Duration.ofDays(1));
        assertThat(limited.issue("tax").number()).as("a new day, a new quota").isEqualTo("A001");
    }

    @Test
    void refusesTicketsOutsideOpeningHours() {
        MutableClock clock = MutableClock.at("2025-03-03T08:29", HallFixture.SHANGHAI);
        HallFixture weekdays = new HallFixture(HallFixture.config(HallFixture.WEEKDAYS, null), clock);

        assertRefused(() -> weekdays.hall.issue("tax", Priority.NORMAL, Channel.KIOSK, "zh"), Refusal.SERVICE_CLOSED);
        clock.advanceMinutes(1);
        assertThat(weekdays.hall.isOpen()).isTrue();
        assertThat(weekdays.issue("tax").number()).isEqualTo("A001");
        clock.set(MutableClock.at("2025-03-03T17:30", HallFixture.SHANGHAI).instant());
        assertRefused(() -> weekdays.hall.issue("tax", Priority.NORMAL, Channel.KIOSK, "zh"), Refusal.SERVICE_CLOSED);
        clock.set(MutableClock.at("2025-03-08T10:00", HallFixture.SHANGHAI).instant());
        assertThat(weekdays.hall.isOpen()).as("Saturday").isFalse();
    }

    @Test
    void callsNothingWhenNothingWaits() {
        f.open("1");

        assertThat(f.call("1")).isEqualTo(Optional.empty());
    }

    /** Group commit: events staged for a group can be taken back, leaving the day exactly as it was. */
    @Test
    void stagedEventsAreTakenBackExactly() {
        HallFixture f = HallFixture.aroundTheClock();
        f.open("1");
        Ticket first = f.issue("tax");
        long version = f.hall.view().version();
        var waitingBefore = java.util.List.copyOf(f.hall.view().waiting("tax"));
        HallEvent second = f.hall.issue("tax", Priority.NORMAL, Channel.KIOSK, "zh");
        f.hall.stage(second);
        HallEvent third = f.hall.issue("tax", Priority.NORMAL, Channel.KIOSK, "zh");
        assertThat(third.ticket().number()).as("decided against the staged one").isEqualTo("A003");
        f.hall.stage(third);
        HallEvent call = f.hall.call("1", "s01").orElseThrow();
        f.hall.stage(call);
        assertThat(f.hall.ticket(first.id()).status()).isEqualTo(TicketStatus.CALLED);

        f.hall.unstage(0);
        assertThat(f.hall.view().version()).isEqualTo(version);
        assertThat(java.util.List.copyOf(f.hall.view().waiting("tax"))).isEqualTo(waitingBefore);
        assertThat(f.hall.ticket(first.id()).status()).isEqualTo(TicketStatus.WAITING);
        assertThat(f.hall.counter("1").currentTicket()).isNull();
        assertThat(f.hall.view().ticket(second.ticket().id())).isEmpty();
        assertThat(f.hall.issue("tax", Priority.NORMAL, Channel.KIOSK, "zh").ticket().number()).isEqualTo("A002");
    }
}
