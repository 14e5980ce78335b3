package org.onewindow.routing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Ticket;

/**
 * Who is likely to come next, per service: the share of priority tickets, and the arrival rate of each
 * half hour of the hall's day. A forecast that plays later arrivals knows that a visitor who comes after
 * you may still go first (a priority ticket, a short matter at a window that serves both) and that a
 * helping window is kept busy by its own line. Until a day is done the rate is that of the last
 * {@link #WINDOW}; after that, the earlier days' half-hour profile (the morning peak, the lunch lull)
 * scaled by how busy today has been so far. Lives on the hall's thread; {@link #rates} copies what a
 * forecast needs.
 */
final class Arrivals {
    /** How far back the rate looks while there is no earlier day. */
    static final Duration WINDOW = Duration.ofMinutes(30);
    static final int SLOTS = 48;
    /**
     * How many arrivals the usual day's count is worth when today's is weighed against it: a morning's first
     * dozen visitors are mostly chance, not a busier day (measured on the district workload, whose days are
     * alike: 2 let the first hour's chance move the forecast rate by a fifth, and the estimates with it).
     */
    static final double USUAL_WEIGHT = 20;

    private final Map<String, Deque<Instant>> recent = new HashMap<>();
    private final Map<String, double[]> priority = new HashMap<>();
    /** Per service: arrivals per half hour of the hall day, summed over the days done. */
    private final Map<String, double[]> earlierDays = new HashMap<>();
    private final Map<String, double[]> today = new HashMap<>();
    private LocalDate day;
    private int daysDone;

    void issued(Ticket ticket, ZoneId zone) {
        ZonedDateTime at = ticket.issuedAt().atZone(zone);
        LocalDate date = at.toLocalDate();
        if (day != null && date.isAfter(day)) {
            today.forEach((service, slots) -> {
                double[] sum = earlierDays.computeIfAbsent(service, s -> new double[SLOTS]);
                for (int i = 0; i < SLOTS; i++) {
                    sum[i] += slots[i];
                }
            });
            today.clear();
            daysDone++;
        }
        day = date;
        today.computeIfAbsent(ticket.service(), s -> new double[SLOTS])[slot(at)]++;
        recent.computeIfAbsent(ticket.service(), s -> new ArrayDeque<>()).addLast(ticket.issuedAt());
        double[] tally = priority.computeIfAbsent(ticket.service(), s -> new double[2]);
        tally[0] += ticket.priority() == Priority.PRIORITY ? 1 : 0;
        tally[1]++;
    }

    static int slot(ZonedDateTime at) {
        return Math.min(SLOTS - 1, (at.getHour() * 60 + at.getMinute()) / 30);
    }

    /** Per service: the priority share, then arrivals per minute in each half hour of the hall day. */
    Map<String, double[]> rates(Instant now, ZoneId zone) {
        Instant from = now.minus(WINDOW);
        int slotNow = slot(now.atZone(zone));
        Map<String, double[]> rates = new HashMap<>();
        recent.forEach((service, times) -> {
            while (!times.isEmpty() && times.peekFirst().isBefore(from)) {
                times.removeFirst();
            }
            double[] tally = priority.get(service);
            double[] rate = new double[SLOTS + 1];
            rate[0] = tally[0] / tally[1];
            double[] earlier = earlierDays.get(service);
            if (daysDone == 0 || earlier == null) {
                java.util.Arrays.fill(rate, 1, rate.length, times.size() / (double) WINDOW.toMinutes());
            } else {
                double[] sofar = today.getOrDefault(service, new double[SLOTS]);
                double usual = 0;
                double seen = 0;
                for (int i = 0; i <= slotNow; i++) {
                    usual += earlier[i] / daysDone;
                    seen += sofar[i];
                }
                double scale = Math.max(0.5, Math.min(2, (seen + USUAL_WEIGHT) / (usual + USUAL_WEIGHT)));
                for (int i = 0; i < SLOTS; i++) {
                    rate[i + 1] = earlier[i] / daysDone / 30 * scale;
                }
            }
            rates.put(service, rate);
        });
        return rates;
    }
}
