package org.onewindow.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.LocalText;
import org.onewindow.hall.ServiceSpec;

/**
 * A hall's work over any period: per window, per service, per department and for the whole hall, with
 * visitors by hour of day and a day-by-hour heat map. Plain Java over what the store read, so tests
 * feed it by hand and the hub, the benchmark and the exports share it.
 *
 * <p>A ticket counts under the service it ended in and the window that last called it; a rating under
 * the service and window it names. Windows and services no longer in the hall file have no line of
 * their own but still count in the total.
 *
 * @param openTimesKnown false when part of the period lies before an archive of the event log: window
 *                       open times come from the log, so utilisation is left out rather than understated
 */
public record PeriodReport(Period period, List<PeriodLine> windows, List<PeriodLine> services,
                           List<PeriodLine> departments, PeriodLine total, List<HourLine> hours, List<HourLine> heat,
                           boolean openTimesKnown) {
    public static final String TOTAL = "total";
    public static final String NO_DEPARTMENT = "none";
    static final LocalText HALL = new LocalText("全厅合计", "Whole hall");
    static final LocalText NONE = new LocalText("未指定部门", "No department");

    public PeriodReport {
        windows = List.copyOf(windows);
        services = List.copyOf(services);
        departments = List.copyOf(departments);
        hours = List.copyOf(hours);
        heat = List.copyOf(heat);
    }

    /** Nothing happened: no ticket was issued or called in the period. */
    public boolean empty() {
        return total.called() == 0 && hours.stream().allMatch(h -> h.arrivals() == 0);
    }

    /**
     * @param visits         the tickets of the period's days
     * @param scores         the ratings of those tickets
     * @param changes        window status changes logged in the period, oldest first
     * @param now            open spells still running end now at the latest
     * @param archivedBefore the first hall day the live event log still holds (an archive took the days
     *                       before it), or null when nothing was ever archived
     */
    public static PeriodReport of(Period period, HallConfig config, List<Visit> visits, List<Score> scores,
                                  List<WindowStatusChange> changes, Instant now, LocalDate archivedBefore) {
        ZoneId zone = config.timezone();
        Instant end = period.end(zone).isAfter(now) ? (now.isAfter(period.start(zone)) ? now : period.start(zone)) : period.end(zone);
        boolean openTimesKnown = archivedBefore == null || !period.from().isBefore(archivedBefore);
        Map<String, Double> open = openTimesKnown ? OpenTime.minutes(changes, period.start(zone), end) : Map.of();
        int hallServed = (int) visits.stream().filter(Visit::served).count();

        // One pass each to group the period's rows; a line then reads only its own (a year is ~750,000 rows).
        Map<String, List<Visit>> visitsByWindow = group(visits, Visit::counter);
        Map<String, List<Score>> scoresByWindow = group(scores, Score::counter);
        Map<String, List<Visit>> visitsByService = group(visits, Visit::service);
        Map<String, List<Score>> scoresByService = group(scores, Score::service);
        List<PeriodLine> windows = config.counters().stream().map(CounterSpec::id).map(id -> PeriodLine.of(id,
                config.counter(id).orElseThrow().name(), visitsByWindow.getOrDefault(id, List.of()),
                scoresByWindow.getOrDefault(id, List.of()), openTimesKnown ? open.getOrDefault(id, 0.0) : null, hallServed)).toList();
        List<PeriodLine> services = config.services().stream().map(s -> PeriodLine.of(s.id(), s.name(),
                visitsByService.getOrDefault(s.id(), List.of()), scoresByService.getOrDefault(s.id(), List.of()), null, hallServed))
                .toList();
        Double hallOpen = openTimesKnown ? windows.stream().mapToDouble(w -> open.getOrDefault(w.id(), 0.0)).sum() : null;
        PeriodLine total = PeriodLine.of(TOTAL, HALL, visits, scores, hallOpen, hallServed);
        return new PeriodReport(period, windows, services, departments(config, visits, scores, hallServed), total,
                hours(visits, zone), heat(visits, zone), openTimesKnown);
    }

    private static List<PeriodLine> departments(HallConfig config, List<Visit> visits, List<Score> scores, int hallServed) {
        Map<String, LocalText> names = new LinkedHashMap<>();
        Map<String, String> departmentOf = new HashMap<>();
        for (ServiceSpec service : config.services()) {
            LocalText department = service.department() == null ? NONE : service.department();
            String key = service.department() == null ? NO_DEPARTMENT : department.zh();
            names.putIfAbsent(key, department);
            departmentOf.put(service.id(), key);
        }
        Map<String, List<Visit>> visitsOf = group(visits, v -> departmentOf.get(v.service()));
        Map<String, List<Score>> scoresOf = group(scores, s -> departmentOf.get(s.service()));
        List<PeriodLine> lines = new ArrayList<>();
        names.forEach((key, name) -> lines.add(PeriodLine.of(key, name, visitsOf.getOrDefault(key, List.of()),
                scoresOf.getOrDefault(key, List.of()), null, hallServed)));
        return lines;
    }

    /** The items by key, in their order; items whose key is null are in no group. */
    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
        Map<String, List<T>> groups = new HashMap<>();
        for (T item : items) {
            String k = key.apply(item);
            if (k != null) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(item);
            }
        }
        return groups;
    }

    private static List<HourLine> hours(List<Visit> visits, ZoneId zone) {
        Map<Integer, List<Visit>> byHour = visits.stream().collect(Collectors.groupingBy(v -> hourOf(v.issuedAt(), zone)));
        List<HourLine> lines = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            lines.add(line(null, hour, byHour.getOrDefault(hour, List.of())));
        }
        return lines;
    }

    private static List<HourLine> heat(List<Visit> visits, ZoneId zone) {
        Map<LocalDate, Map<Integer, List<Visit>>> cells = new TreeMap<>();
        for (Visit v : visits) {
            ZonedDateTime at = v.issuedAt().atZone(zone);
            cells.computeIfAbsent(at.toLocalDate(), d -> new TreeMap<>())
                    .computeIfAbsent(at.getHour(), h -> new ArrayList<>()).add(v);
        }
        List<HourLine> lines = new ArrayList<>();
        cells.forEach((day, byHour) -> byHour.forEach((hour, list) -> lines.add(line(day, hour, list))));
        return lines;
    }

    private static HourLine line(LocalDate day, int hour, List<Visit> visits) {
        List<Double> waits = visits.stream().filter(Visit::called).map(Visit::waitMinutes).toList();
        return new HourLine(day, hour, visits.size(), Percentiles.oneDecimal(Percentiles.mean(waits)));
    }

    private static int hourOf(Instant at, ZoneId zone) {
        return at.atZone(zone).getHour();
    }

    /** The window line of that id, if the hall file has it. */
    public java.util.Optional<PeriodLine> window(String id) {
        return windows.stream().filter(w -> Objects.equals(w.id(), id)).findFirst();
    }
}
