package org.onewindow.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.store.HallStore;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.CounterStatus;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Rating;
import org.onewindow.tickets.Ticket;
import org.onewindow.tickets.TicketStatus;

/**
 * Months of a hall's history written through the store, event by event as the hub would commit them:
 * each working day (Monday to Friday) the windows open at 08:30 and close at 17:30, visitors arrive
 * through the day, are called by a window whose profile serves them, are served, miss their call or
 * cancel, and some rate. Seeded, so a test can recount it with SQL.
 *
 * <p>Windows listed in {@code rareWindows} open only on the first working day of each month, so the
 * monthly assessment has windows below its threshold. Ticket events are written ticket by ticket (issue,
 * then its end, then its rating), between the day's window openings and closings.
 */
final class HallHistory {
    static final LocalTime OPENS = LocalTime.of(8, 30);
    static final LocalTime CLOSES = LocalTime.of(17, 30);
    static final double OPEN_MINUTES_PER_DAY = 540;

    private final HallConfig config;
    private final Random random;
    private final Set<String> rareWindows;
    private long order;
    int tickets;

    HallHistory(HallConfig config, long seed, Set<String> rareWindows) {
        this.config = config;
        this.random = new Random(seed);
        this.rareWindows = rareWindows;
    }

    /** Writes every working day from {@code from} to {@code to}, {@code perDay} tickets each. */
    void write(HallStore store, LocalDate from, LocalDate to, int perDay) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                day(store, day, perDay);
            }
        }
    }

    /** The windows that open on {@code day}. */
    List<CounterSpec> windowsOn(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        while (first.getDayOfWeek() == DayOfWeek.SATURDAY || first.getDayOfWeek() == DayOfWeek.SUNDAY) {
            first = first.plusDays(1);
        }
        boolean firstWorkingDay = day.equals(first);
        return config.counters().stream().filter(c -> firstWorkingDay || !rareWindows.contains(c.id())).toList();
    }

    private void day(HallStore store, LocalDate day, int perDay) {
        Instant opens = day.atTime(OPENS).atZone(config.timezone()).toInstant();
        Instant closes = day.atTime(CLOSES).atZone(config.timezone()).toInstant();
        List<CounterSpec> open = windowsOn(day);
        List<HallEvent> events = new ArrayList<>();
        for (CounterSpec window : open) {
            events.add(new HallEvent(HallEvent.Kind.COUNTER_OPENED, opens, "s01", List.of(),
                    List.of(counter(window, CounterStatus.OPEN)), null));
        }
        int number = 0;
        long spanSeconds = 510 * 60; // arrivals 08:30–17:00
        for (int i = 0; i < perDay; i++) {
            Instant issued = opens.plusSeconds((long) (spanSeconds * (i + random.nextDouble()) / perDay));
            String service = config.services().get(random.nextInt(config.services().size())).id();
            ++order;
            Ticket waiting = new Ticket("h" + day + "-" + (number + 1), day, "A" + (++number), service, Priority.NORMAL, Channel.KIOSK, "zh",
                    TicketStatus.WAITING, order, null, null, issued, null, null, 0, 5, false, "k" + order);
            events.add(new HallEvent(HallEvent.Kind.TICKET_ISSUED, issued, "kiosk", List.of(waiting), List.of(), null));
            tickets++;
            List<CounterSpec> able = open.stream().filter(c -> c.profile().contains("*") || c.profile().contains(service)).toList();
            double roll = random.nextDouble();
            if (able.isEmpty() || roll < 0.04) {
                Ticket cancelled = waiting.finished(TicketStatus.CANCELLED, issued.plusSeconds(300));
                events.add(new HallEvent(HallEvent.Kind.TICKET_CANCELLED, cancelled.completedAt(), "visitor",
                        List.of(cancelled), List.of(), null));
                continue;
            }
            String window = able.get(random.nextInt(able.size())).id();
            Instant called = issued.plusSeconds(30 + random.nextInt(40 * 60));
            Ticket atWindow = waiting.calledBy(window, called);
            boolean noShow = roll < 0.09;
            Instant ended = called.plusSeconds(noShow ? 120 : 120 + random.nextInt(20 * 60));
            Ticket done = atWindow.finished(noShow ? TicketStatus.NO_SHOW : TicketStatus.COMPLETED, ended);
            events.add(new HallEvent(noShow ? HallEvent.Kind.TICKET_NO_SHOW : HallEvent.Kind.TICKET_COMPLETED, ended, "s01",
                    List.of(done), List.of(), null));
            if (!noShow && random.nextDouble() < 0.4) {
                int score = 1 + random.nextInt(5);
                events.add(new HallEvent(HallEvent.Kind.TICKET_RATED, ended.plusSeconds(20), "visitor", List.of(done.markRated()),
                        List.of(), new Rating(done.id(), service, window, score, List.of(), null, ended.plusSeconds(20))));
            }
        }
        for (CounterSpec window : open) {
            events.add(new HallEvent(HallEvent.Kind.COUNTER_CLOSED, closes, "s01", List.of(),
                    List.of(counter(window, CounterStatus.CLOSED)), null));
        }
        store.appendAll(events); // one transaction a day, as the hub group-commits a burst
    }

    private static Counter counter(CounterSpec window, CounterStatus status) {
        return new Counter(window.id(), status, window.profile(), window.skills(), null, null,
                status == CounterStatus.OPEN ? "s01" : null);
    }

    static List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }
}
