package org.onewindow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.LocalText;
import org.onewindow.hall.OpeningHours;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.hall.Timetable;
import org.onewindow.simulation.SimulatedClock;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.CounterStatus;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Ticket;
import org.junit.jupiter.api.Test;

/**
 * The later visitors a play imagines come while the hall issues tickets, as its timetable says: after a
 * lunch break too, and never during one. One window serving one 10-minute matter, 30 waiting at 11:50 on
 * a Monday, the hall open 09:00–12:00 and 13:30–17:00; every later visitor is a priority one, so each one
 * played pushes the waiting tickets back.
 */
class ForecastArrivalsTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant MONDAY_11_00 = Instant.parse("2026-01-05T11:00:00Z");
    private static final LocalText NAME = new LocalText("x", "x");
    private static final ServiceSpec MATTER = new ServiceSpec("a", "A", NAME, 10, null, List.of());

    private static OpeningHours hours(String open, String close) {
        return new OpeningHours(EnumSet.allOf(DayOfWeek.class), LocalTime.parse(open), LocalTime.parse(close));
    }

    /** Arrival rates: all priority, so many per minute in the half hours from {@code fromSlot} to {@code toSlot}. */
    private static double[] rates(int fromSlot, int toSlot, double perMinute) {
        double[] rates = new double[Arrivals.SLOTS + 1];
        rates[0] = 1.0;
        for (int slot = fromSlot; slot <= toSlot; slot++) {
            rates[slot + 1] = perMinute;
        }
        return rates;
    }

    /** Minutes from 11:50 to the last of the 30 waiting tickets' calls, in a play with these later visitors. */
    private static double lastCall(Map<String, double[]> arrivals) {
        SimulatedClock clock = new SimulatedClock(MONDAY_11_00, UTC);
        AtomicInteger ids = new AtomicInteger();
        Hall hall = new Hall(new HallConfig("lunch", NAME, UTC,
                new Timetable(List.of(hours("09:00", "12:00"), hours("13:30", "17:00"))), List.of(MATTER),
                List.of(new CounterSpec("1", NAME, Set.of("a"), Set.of("a"))), List.of()),
                clock, new BalancedPolicy(1.25), new QueueLengthEstimator(), () -> "t" + ids.incrementAndGet());
        hall.apply(hall.setStatus("1", CounterStatus.OPEN, "staff"));
        for (int i = 0; i < 30; i++) {
            hall.apply(hall.issue("a", Priority.NORMAL, Channel.KIOSK, "zh"));
        }
        clock.set(MONDAY_11_00.plusSeconds(50 * 60));
        Pace exact = new Pace() {
            @Override
            public double hold(ServiceSpec service, SplittableRandom random) {
                return service.averageMinutes();
            }

            @Override
            public double remaining(ServiceSpec service, double elapsed, SplittableRandom random) {
                return Math.max(0, service.averageMinutes() - elapsed);
            }
        };
        Map<String, Forecast.Call> calls = new Forecast(hall.view(), new BalancedPolicy(1.25), exact, 1.25, new SplittableRandom(7))
                .withArrivals(arrivals).playAll(List.<Ticket>of());
        assertThat(calls).hasSize(30);
        return calls.values().stream().mapToDouble(Forecast.Call::minutes).max().orElseThrow();
    }

    @Test
    void visitorsAfterTheLunchBreakArePlayed() {
        double alone = lastCall(Map.of());
        // 13:30–17:00 only: none over lunch, so the first one comes after it.
        double withAfternoon = lastCall(Map.of("a", rates(27, 33, 0.2)));

        assertThat(alone).isEqualTo(290); // 29 calls of 10 minutes after the first at 11:50
        assertThat(withAfternoon).as("priority visitors after 13:30 go first").isGreaterThan(alone + 30);
    }

    @Test
    void aVisitorDuringTheBreakEndsTheArrivals() {
        double alone = lastCall(Map.of());
        // From 12:00 on: the first one comes while the hall issues nothing, and no one comes after him.
        double fromNoon = lastCall(Map.of("a", rates(24, 33, 0.2)));

        assertThat(fromNoon).isEqualTo(alone);
    }
}
