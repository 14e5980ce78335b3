package org.onewindow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.LocalText;
import org.onewindow.hall.RoutingSettings;
import org.onewindow.hall.RoutingSettings.AdvisorSettings;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.hall.Timetable;
import org.onewindow.routing.FifoPolicy;
import org.onewindow.routing.QueueLengthEstimator;
import org.onewindow.routing.Rebalancer;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.CounterStatus;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.Priority;

/** The advisor's auto mode on a live Hall: widens within limits, audits every change, puts it back. */
class AutoAdvisorTest {
    private static final LocalText NAME = new LocalText("x", "x");
    private static final Instant START = Instant.parse("2026-01-05T01:00:00Z");

    private final SimulatedClock clock = new SimulatedClock(START, ZoneId.of("UTC"));
    private final List<HallEvent> applied = new ArrayList<>();

    /** Window 1 alone on a (10 min), window 2 on b but trained for a; strict profiles (fifo). */
    private Hall overloadedFifoHall() {
        HallConfig config = new HallConfig("auto", NAME, ZoneId.of("UTC"), Timetable.ALWAYS,
                List.of(new ServiceSpec("a", "A", NAME, 10, null, List.of()),
                        new ServiceSpec("b", "B", NAME, 5, null, List.of())),
                List.of(new CounterSpec("1", NAME, Set.of("a"), Set.of("a")),
                        new CounterSpec("2", NAME, Set.of("b"), Set.of("a", "b"))),
                List.of());
        int[] ids = {0};
        Hall hall = new Hall(config, clock, new FifoPolicy(), new QueueLengthEstimator(), () -> "t" + ++ids[0]);
        hall.apply(hall.setStatus("1", CounterStatus.OPEN, "staff"));
        hall.apply(hall.setStatus("2", CounterStatus.OPEN, "staff"));
        arrivals(hall, 60);
        return hall;
    }

    /** An a every 4 minutes, a b every 20, for the given minutes; nobody is called. */
    private void arrivals(Hall hall, int minutes) {
        for (int minute = 0; minute < minutes; minute++) {
            if (minute % 4 == 0) {
                hall.apply(hall.issue("a", Priority.NORMAL, Channel.KIOSK, "zh"));
            }
            if (minute % 20 == 10) {
                hall.apply(hall.issue("b", Priority.NORMAL, Channel.KIOSK, "zh"));
            }
            clock.set(clock.instant().plus(Duration.ofMinutes(1)));
        }
    }

    private AutoAdvisor autoAdvisor(int maxChangesPerHour) {
        AdvisorSettings settings = new AdvisorSettings(10, 3, 60, 30, true, 10, maxChangesPerHour);
        RoutingSettings routing = new RoutingSettings(FifoPolicy.NAME, 1.25, settings);
        return new AutoAdvisor(routing, new Rebalancer(settings));
    }

    private void look(AutoAdvisor advisor, Hall hall) {
        advisor.look(hall, event -> {
            hall.apply(event);
            applied.add(event);
        });
    }

    @Test
    void widensTheTrainedWindowThenPutsItBackAfterTheHoldTime() {
        Hall hall = overloadedFifoHall();
        AutoAdvisor advisor = autoAdvisor(2);

        look(advisor, hall);
        assertThat(applied).hasSize(1);
        assertThat(applied.get(0).kind()).isEqualTo(HallEvent.Kind.PROFILE_CHANGED);
        assertThat(applied.get(0).actor()).isEqualTo("advisor (auto 2+a)");
        assertThat(hall.counter("2").profile()).containsExactlyInAnyOrder("a", "b");

        clock.set(clock.instant().plus(Duration.ofMinutes(29)));
        look(advisor, hall);
        assertThat(hall.counter("2").profile()).containsExactlyInAnyOrder("a", "b");

        clock.set(clock.instant().plus(Duration.ofMinutes(1)));
        look(advisor, hall);
        assertThat(applied.get(1).actor()).isEqualTo("advisor (put back 2+a)");
        assertThat(applied.get(1).counter().profile()).containsExactly("b");
    }

    @Test
    void keepsToTheHourlyLimitAndLeavesAManagersChangeAlone() {
        Hall hall = overloadedFifoHall();
        AutoAdvisor advisor = autoAdvisor(1);
        look(advisor, hall);
        assertThat(applied).hasSize(1);

        // A manager puts the profile back by hand: the advisor leaves that alone, and although the
        // line is still long, one change an hour is the limit.
        hall.apply(hall.changeProfile("2", Set.of("b"), "m01"));
        arrivals(hall, 40);
        look(advisor, hall);
        assertThat(applied).hasSize(1);

        arrivals(hall, 21);
        look(advisor, hall);
        assertThat(applied).hasSize(2);
        assertThat(applied.get(1).actor()).isEqualTo("advisor (auto 2+a)");
    }

    @Test
    void offUnlessTheHallFileTurnsItOn() {
        Hall hall = overloadedFifoHall();
        AdvisorSettings manual = AdvisorSettings.DEFAULT;
        new AutoAdvisor(new RoutingSettings(FifoPolicy.NAME, 1.25, manual), new Rebalancer(manual))
                .look(hall, event -> applied.add(event));
        assertThat(applied).isEmpty();
        assertThat(HallAdvisor.advise(hall, new RoutingSettings(FifoPolicy.NAME, 1.25, manual))).isNotEmpty();
    }
}
