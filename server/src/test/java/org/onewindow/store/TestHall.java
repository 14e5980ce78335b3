package org.onewindow.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.LocalText;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.hall.Timetable;
import org.onewindow.routing.FifoPolicy;
import org.onewindow.routing.QueueLengthEstimator;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.HallEvent;

/** A two-service, two-window hall open around the clock, and the hub's commit-then-apply step. */
final class TestHall {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String COMMERCE = "commerce-registration";
    static final String TAX = "tax";
    /** Monday 2025-03-03, 09:30 hall time, with nanoseconds a millisecond column would lose. */
    static final Instant MORNING = Instant.parse("2025-03-03T01:30:00.123456789Z");
    static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    private TestHall() {
    }

    static HallConfig config() {
        return new HallConfig("test-hall", new LocalText("测试大厅", "Test hall"), ZONE, Timetable.ALWAYS,
                List.of(new ServiceSpec(COMMERCE, "A", new LocalText("企业开办", "Business registration"), 15, null, List.of()),
                        new ServiceSpec(TAX, "B", new LocalText("税务", "Tax"), 10, null, List.of())),
                List.of(new CounterSpec("1", new LocalText("1号窗口", "Window 1"), Set.of("*"), Set.of("*")),
                        new CounterSpec("2", new LocalText("2号窗口", "Window 2"), Set.of(TAX), Set.of(TAX, COMMERCE))),
                List.of());
    }

    static Hall hall(Clock clock) {
        return new Hall(config(), clock, new FifoPolicy(), new QueueLengthEstimator(), () -> UUID.randomUUID().toString());
    }

    /** What the hub does with every command: store the event, then let the hall apply it. */
    static HallEvent commit(HallStore store, Hall hall, HallEvent event) {
        store.append(event);
        hall.apply(event);
        return event;
    }
}
