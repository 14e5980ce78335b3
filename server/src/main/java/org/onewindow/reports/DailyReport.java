package org.onewindow.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.tickets.Rating;
import org.onewindow.tickets.Ticket;

/**
 * A hall day in numbers, per service and per window in hall-file order, plus the whole hall.
 * Plain Java over the day's tickets and ratings, so the API, the simulator and tests share it.
 *
 * <p>A ticket counts under the service it ended the day in (transfers move it) and under the window
 * that last called it; a rating under the service and window it names. Services and windows no longer
 * in the hall file have no line of their own but still count in {@link #total()}.
 */
public record DailyReport(LocalDate day, List<ReportLine> services, List<ReportLine> counters, ReportLine total) {
    /** The id of the whole-hall line. */
    public static final String TOTAL = "total";

    public DailyReport {
        services = List.copyOf(services);
        counters = List.copyOf(counters);
    }

    /**
     * @param tickets the day's tickets; tickets of other days (carried-over waiting ones) are left out
     * @param ratings the ratings of those tickets
     */
    public static DailyReport of(LocalDate day, HallConfig config, List<Ticket> tickets, List<Rating> ratings) {
        List<Ticket> ofDay = tickets.stream().filter(t -> day.equals(t.day())).toList();
        Set<String> ids = ofDay.stream().map(Ticket::id).collect(Collectors.toSet());
        List<Rating> rated = ratings.stream().filter(r -> ids.contains(r.ticketId())).toList();
        List<ReportLine> services = config.services().stream().map(ServiceSpec::id)
                .map(id -> ReportLine.of(id,
                        ofDay.stream().filter(t -> id.equals(t.service())).toList(),
                        rated.stream().filter(r -> id.equals(r.service())).toList()))
                .toList();
        List<ReportLine> counters = config.counters().stream().map(CounterSpec::id)
                .map(id -> ReportLine.of(id,
                        ofDay.stream().filter(t -> id.equals(t.counter()) && ReportLine.wasCalled(t)).toList(),
                        rated.stream().filter(r -> Objects.equals(id, r.counter())).toList()))
                .toList();
        return new DailyReport(day, services, counters, ReportLine.of(TOTAL, ofDay, rated));
    }
}
