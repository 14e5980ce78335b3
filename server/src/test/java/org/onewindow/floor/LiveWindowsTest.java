package org.onewindow.floor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.LocalText;
import org.onewindow.hall.Role;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.hall.StaffSpec;
import org.onewindow.hall.Timetable;
import org.onewindow.routing.FifoPolicy;
import org.onewindow.routing.QueueLengthEstimator;
import org.onewindow.testing.MutableClock;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.CounterStatus;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Ticket;

/**
 * The live windows figures on a hall driven through its real commands, the clock moved by hand:
 * window 1 serves tax; window 2 serves social-card and is trained for tax; window 3 serves everything;
 * window 4 serves social-card only. Monday 3 March 2025 in Shanghai, from 09:00.
 */
class LiveWindowsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final MutableClock clock = MutableClock.at("2025-03-03T09:00", "Asia/Shanghai");
    private final HallConfig config = config();
    private int ids;
    private final Hall hall = newHall();

    @Test
    void eachWindowHasItsServedCountIdleSinceVisitorAndClerk() {
        open("s01", "1");
        open("s02", "3");
        issue("tax", 3);
        at("09:02");
        call("1");                       // A001
        at("09:10");
        call("1");                       // completes A001, calls A002
        at("09:20");
        apply(hall.complete("1", "s01")); // A002 done: window 1 free from 09:20
        at("09:25");
        call("3");                       // A003 at window 3
        at("09:31");

        LiveWindows live = LiveWindows.of(hall);

        assertThat(live.activity()).isTrue();
        assertThat(live.at()).isEqualTo(time("09:31"));
        WindowNow one = window(live, "1");
        assertThat(one.served()).isEqualTo(2);
        assertThat(one.staff()).isEqualTo("s01");
        assertThat(one.lastCallAt()).isEqualTo(time("09:10"));
        assertThat(one.idleSince()).isEqualTo(time("09:20"));
        assertThat(one.currentNumber()).isNull();
        assertThat(one.visitorSince()).isNull();
        WindowNow three = window(live, "3");
        assertThat(three.served()).isZero();
        assertThat(three.currentNumber()).isEqualTo("A003");
        assertThat(three.visitorSince()).isEqualTo(time("09:25"));
        assertThat(three.idleSince()).as("a window with a visitor is not idle").isNull();
        WindowNow four = window(live, "4");
        assertThat(four.status()).isEqualTo(CounterStatus.CLOSED);
        assertThat(four.staff()).as("nobody holds a closed window").isNull();
        assertThat(four.idleSince()).as("idle minutes only for open windows").isNull();
    }

    @Test
    void anOpenWindowThatHasCalledNobodyIsIdleSinceItOpened() {
        at("09:05");
        open("s01", "3");
        at("09:40");

        assertThat(window(LiveWindows.of(hall), "3").idleSince()).isEqualTo(time("09:05"));
    }

    @Test
    void aNoShowEndsTheVisitButIsNotServed() {
        open("s01", "1");
        issue("tax", 1);
        call("1");
        at("09:12");
        apply(hall.noShow("1", "s01"));
        at("09:20");

        WindowNow one = window(LiveWindows.of(hall), "1");
        assertThat(one.served()).isZero();
        assertThat(one.idleSince()).isEqualTo(time("09:12"));
    }

    @Test
    void aPausedWindowShowsNoIdleMinutesAndReopeningStartsTheCountAgain() {
        open("s01", "1");
        issue("tax", 1);
        call("1");
        at("09:10");
        apply(hall.complete("1", "s01"));
        at("09:15");
        apply(hall.setStatus("1", CounterStatus.PAUSED, "s01"));
        at("10:30");
        WindowNow paused = window(LiveWindows.of(hall), "1");
        assertThat(paused.status()).isEqualTo(CounterStatus.PAUSED);
        assertThat(paused.idleSince()).isNull();
        assertThat(paused.served()).isEqualTo(1);

        open("s01", "1");
        at("10:40");
        assertThat(window(LiveWindows.of(hall), "1").idleSince()).as("the break is not idle time").isEqualTo(time("10:30"));
    }

    @Test
    void aProfileChangeDoesNotResetTheIdleCount() {
        at("09:05");
        open("s02", "2");
        at("09:20");
        apply(hall.changeProfile("2", List.of("social-card", "tax"), "m01"));
        at("09:30");

        assertThat(window(LiveWindows.of(hall), "2").idleSince()).isEqualTo(time("09:05"));
    }

    @Test
    void aDayWithoutTicketsSaysSo() {
        open("s01", "1");
        at("10:00");

        LiveWindows live = LiveWindows.of(hall);
        assertThat(live.activity()).isFalse();
        assertThat(live.lines()).isEmpty();
        assertThat(live.windows()).extracting(WindowNow::served).containsOnly(0);
    }

    @Test
    void theLongestLinesAreTheThreeOldestThatHaveWaitedLongEnough() {
        issue("property", 1);            // C001 at 09:00
        at("09:02");
        issue("tax", 2);                 // A001 at 09:02
        at("09:04");
        issue("social-card", 1);         // B001 at 09:04
        at("09:06");
        issue("passport", 1);            // D001 at 09:06
        at("09:10");
        issue("tax", 1);                 // A003 at 09:10, not the oldest of its line
        at("09:20");

        LiveWindows live = LiveWindows.of(hall);

        assertThat(live.lines()).extracting(LineWait::service).containsExactly("property", "tax", "social-card", "passport");
        assertThat(live.lines()).extracting(LineWait::longest).containsExactly(true, true, true, false);
        LineWait tax = live.lines().get(1);
        assertThat(tax.waiting()).isEqualTo(3);
        assertThat(tax.oldestNumber()).isEqualTo("A001");
        assertThat(tax.oldestSince()).isEqualTo(time("09:02"));

        at("09:30");                     // every line has waited 15 minutes: only the three oldest are highlighted
        assertThat(LiveWindows.of(hall).lines()).extracting(LineWait::longest).containsExactly(true, true, true, false);

        at("09:18");                     // B001 has waited 14 minutes, D001 12: below the threshold
        assertThat(LiveWindows.of(hall).lines()).extracting(LineWait::longest).containsExactly(true, true, false, false);
    }

    @Test
    void anIdleWindowThatCouldServeALongLinePointsToIt() {
        open("s01", "2");                // serves social-card, trained for tax
        open("s02", "4");                // social-card only
        issue("tax", 1);
        at("09:16");

        LiveWindows live = LiveWindows.of(hall);
        assertThat(live.lines()).extracting(LineWait::longest).containsExactly(true);
        assertThat(window(live, "2").couldTake()).containsExactly("tax");
        assertThat(window(live, "4").couldTake()).as("not trained for tax").isEmpty();
        assertThat(window(live, "1").couldTake()).as("closed").isEmpty();
    }

    @Test
    void aWindowFreeForOnlyAMomentIsNotPointedOut() {
        issue("tax", 1);
        at("09:16");
        open("s01", "2");
        at("09:19");

        assertThat(window(LiveWindows.of(hall), "2").couldTake()).isEmpty();
    }

    @Test
    void aRestartedHallKnowsSinceWhenItsWindowsAreFree() {
        open("s01", "1");
        open("s02", "3");
        issue("tax", 1);
        at("09:03");
        call("1");
        at("09:09");
        apply(hall.complete("1", "s01"));
        at("09:30");

        Hall restarted = newHall();
        restarted.restore(hall.tickets(), hall.view().counters(), clock.instant().atZone(SHANGHAI).toLocalDate());
        // Window 3 opened at 09:00 and has not called anyone: only the event log knows.
        restarted.restoreWindowTimes(Map.of("1", time("09:00"), "3", time("09:00")));

        LiveWindows live = LiveWindows.of(restarted);
        assertThat(window(live, "1").idleSince()).isEqualTo(time("09:09"));
        assertThat(window(live, "1").served()).isEqualTo(1);
        assertThat(window(live, "3").idleSince()).isEqualTo(time("09:00"));
    }

    private Hall newHall() {
        return new Hall(config, clock, new FifoPolicy(), new QueueLengthEstimator(), () -> "t" + (++ids));
    }

    private void apply(HallEvent event) {
        hall.apply(event);
    }

    private void open(String staff, String counter) {
        apply(hall.setStatus(counter, CounterStatus.OPEN, staff));
    }

    private void issue(String service, int count) {
        for (int i = 0; i < count; i++) {
            apply(hall.issue(service, Priority.NORMAL, Channel.KIOSK, "zh"));
        }
    }

    private void call(String counter) {
        String staff = hall.counter(counter).staff();
        hall.call(counter, staff).ifPresent(this::apply);
    }

    private void at(String hhmm) {
        clock.set(time(hhmm));
    }

    private static Instant time(String hhmm) {
        return LocalDateTime.parse("2025-03-03T" + hhmm).atZone(SHANGHAI).toInstant();
    }

    private static WindowNow window(LiveWindows live, String id) {
        return live.windows().stream().filter(w -> w.counter().equals(id)).findFirst().orElseThrow();
    }

    private static HallConfig config() {
        return new HallConfig("test-hall", text("测试大厅"), SHANGHAI, Timetable.ALWAYS,
                List.of(service("tax", "A"), service("social-card", "B"), service("property", "C"), service("passport", "D")),
                List.of(counter("1", Set.of("tax"), Set.of("tax")),
                        counter("2", Set.of("social-card"), Set.of("social-card", "tax")),
                        counter("3", Set.of(CounterSpec.ALL), Set.of(CounterSpec.ALL)),
                        counter("4", Set.of("social-card"), Set.of("social-card"))),
                List.of(new StaffSpec("s01", "张三", Role.STAFF, "-"), new StaffSpec("s02", "李四", Role.STAFF, "-"),
                        new StaffSpec("m01", "王经理", Role.MANAGER, "-")));
    }

    private static ServiceSpec service(String id, String prefix) {
        return new ServiceSpec(id, prefix, text(id), 10, null, List.of());
    }

    private static CounterSpec counter(String id, Set<String> profile, Set<String> skills) {
        return new CounterSpec(id, text("window " + id), profile, skills);
    }

    private static LocalText text(String both) {
        return new LocalText(both, both);
    }
}
