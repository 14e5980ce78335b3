package org.onewindow.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.LocalText;
import org.onewindow.hall.OpeningHours;
import org.onewindow.hall.Role;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.hall.StaffSpec;
import org.onewindow.hall.Timetable;
import org.onewindow.routing.FifoPolicy;
import org.onewindow.routing.QueueLengthEstimator;
import org.onewindow.testing.MutableClock;

/**
 * A small hall for domain tests, built in code: services tax (A), social-card (B), property (C);
 * window 1 serves tax; window 2 serves social-card and is trained for tax; window 3 serves everything;
 * window 4 serves social-card only; clerks s01 张三 and s02 李四, manager m01 王经理. Helpers decide a command and apply its event, as the hub does.
 */
final class HallFixture {
    static final String SHANGHAI = "Asia/Shanghai";
    static final Timetable WEEKDAYS = new Timetable(List.of(new OpeningHours(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 30), LocalTime.of(17, 30))));

    final MutableClock clock;
    final Hall hall;
    private int lastId;

    HallFixture(HallConfig config, MutableClock clock) {
        this.clock = clock;
        this.hall = new Hall(config, clock, new FifoPolicy(), new QueueLengthEstimator(), () -> "t" + (++lastId));
    }

    /** Open around the clock, Monday 3 March 2025, 09:00 in Shanghai. */
    static HallFixture aroundTheClock() {
        return new HallFixture(config(Timetable.ALWAYS, null), MutableClock.at("2025-03-03T09:00", SHANGHAI));
    }

    static HallConfig config(Timetable hours, Integer taxQuota) {
        return new HallConfig("test-hall", text("测试大厅"), ZoneId.of(SHANGHAI), hours,
                List.of(service("tax", "A", taxQuota), service("social-card", "B", null), service("property", "C", null)),
                List.of(counter("1", Set.of("tax"), Set.of("tax")),
                        counter("2", Set.of("social-card"), Set.of("social-card", "tax")),
                        counter("3", Set.of(CounterSpec.ALL), Set.of(CounterSpec.ALL)),
                        counter("4", Set.of("social-card"), Set.of("social-card"))),
                List.of(new StaffSpec("s01", "张三", Role.STAFF, "-"), new StaffSpec("s02", "李四", Role.STAFF, "-"),
                        new StaffSpec("m01", "王经理", Role.MANAGER, "-")));
    }

    private static ServiceSpec service(String id, String prefix, Integer quota) {
        return new ServiceSpec(id, prefix, text(id), 10, quota, List.of());
    }

    private static CounterSpec counter(String id, Set<String> profile, Set<String> skills) {
        return new CounterSpec(id, text("window " + id), profile, skills);
    }

    private static LocalText text(String both) {
        return new LocalText(both, both);
    }

    HallEvent apply(HallEvent event) {
        hall.apply(event);
        return event;
    }

    Ticket issue(String service) {
        return issue(service, Priority.NORMAL);
    }

    Ticket issue(String service, Priority priority) {
        return apply(hall.issue(service, priority, Channel.KIOSK, "zh")).ticket();
    }

    void open(String... counters) {
        for (String counter : counters) {
            apply(hall.setStatus(counter, CounterStatus.OPEN, "s01"));
        }
    }

    /** The ticket the window calls next, applied; empty when nothing waits for it. */
    Optional<Ticket> call(String counter) {
        return hall.call(counter, "s01").map(this::apply)
                .filter(event -> event.kind() == HallEvent.Kind.TICKET_CALLED).map(HallEvent::ticket);
    }

    Ticket callExpectingOne(String counter) {
        Optional<Ticket> called = call(counter);
        assertThat(called).as("window %s calls a ticket", counter).isPresent();
        return called.get();
    }

    /** Calls until the window has nothing left and returns the numbers it called, in order. */
    List<String> drain(String counter) {
        List<String> numbers = new ArrayList<>();
        for (Optional<Ticket> t = call(counter); t.isPresent(); t = call(counter)) {
            numbers.add(t.get().number());
        }
        return numbers;
    }

    Ticket current(String counter) {
        return hall.ticket(hall.counter(counter).currentTicket());
    }

    List<String> waitingNumbers(String service) {
        return hall.view().waiting(service).stream().map(Ticket::number).toList();
    }
}
