package org.onewindow.simulation;

import java.io.FileReader;
import java.io.IOException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.LocalText;
import org.onewindow.hall.OpeningHours;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.hall.Timetable;
import org.yaml.snakeyaml.Yaml;

/** Workloads for tests: built in code, or read loosely from the shared files (no validation). */
final class Workloads {
    static final String DISTRICT_HALL = "/work/shared/workloads/district-hall.yaml";

    private Workloads() {
    }

    static LocalText text(String en) {
        return new LocalText(en, en);
    }

    /** M/M/c: one service, c comprehensive windows, open 7x24, flat Poisson arrivals, exponential service. */
    static Workload mmc(int windows, double rho, double meanMinutes, int days, long seed) {
        ServiceSpec service = new ServiceSpec("only", "A", text("Only"), meanMinutes, null, List.of());
        List<CounterSpec> counters = new java.util.ArrayList<>();
        for (int i = 1; i <= windows; i++) {
            counters.add(new CounterSpec(String.valueOf(i), text("W" + i), Set.of("*"), Set.of("*")));
        }
        HallConfig hall = new HallConfig("mmc", text("M/M/c"), ZoneId.of("UTC"), Timetable.ALWAYS,
                List.of(service), counters, List.of());
        Map<Integer, Double> hourly = new HashMap<>();
        for (int h = 0; h < 24; h++) {
            hourly.put(h, 1 / 24.0);
        }
        double perDay = rho * windows / meanMinutes * 24 * 60;
        Map<String, Workload.ServiceLoad> loads = Map.of("only",
                new Workload.ServiceLoad(perDay, meanMinutes, 1, 0, Workload.Shape.EXPONENTIAL));
        return new Workload("mmc", days, seed, hall, hourly, loads, Map.of(), Workload.NoShow.NONE, 1.25);
    }

    @SuppressWarnings("unchecked")
    static Workload district() {
        try (FileReader reader = new FileReader(DISTRICT_HALL)) {
            Map<String, Object> root = new Yaml().load(reader);
            Map<String, Object> hallNode = (Map<String, Object>) root.get("hall");
            Map<String, Object> hours = ((List<Map<String, Object>>) hallNode.get("hours")).get(0);
            Timetable timetable = new Timetable(List.of(new OpeningHours(
                    Set.of(java.time.DayOfWeek.values()).stream().filter(d -> d.getValue() <= 5)
                            .collect(java.util.stream.Collectors.toSet()),
                    time(hours.get("open")), time(hours.get("close")))));
            List<ServiceSpec> services = new java.util.ArrayList<>();
            for (Map<String, Object> s : (List<Map<String, Object>>) root.get("services")) {
                services.add(new ServiceSpec((String) s.get("id"), (String) s.get("prefix"), text((String) s.get("id")),
                        ((Number) s.get("averageMinutes")).doubleValue(), null, List.of()));
            }
            List<CounterSpec> counters = new java.util.ArrayList<>();
            Map<String, Workload.Shift> shifts = new HashMap<>();
            for (Map<String, Object> c : (List<Map<String, Object>>) root.get("counters")) {
                String id = String.valueOf(c.get("id"));
                Set<String> profile = new HashSet<>((List<String>) c.get("profile"));
                Set<String> skills = c.containsKey("skills") ? new HashSet<>((List<String>) c.get("skills")) : profile;
                counters.add(new CounterSpec(id, text(id), profile, skills));
                if (c.containsKey("hours")) {
                    Map<String, Object> h = (Map<String, Object>) c.get("hours");
                    shifts.put(id, new Workload.Shift(time(h.get("open")), time(h.get("close"))));
                }
            }
            HallConfig hall = new HallConfig((String) hallNode.get("id"), text("District"),
                    ZoneId.of((String) hallNode.get("timezone")), timetable, services, counters, List.of());
            Map<String, Object> arrivals = (Map<String, Object>) root.get("arrivals");
            Map<Integer, Double> hourly = new HashMap<>();
            ((Map<String, Number>) arrivals.get("hourly")).forEach((h, s) -> hourly.put(Integer.parseInt(h), s.doubleValue()));
            Map<String, Workload.ServiceLoad> loads = new LinkedHashMap<>();
            ((Map<String, Map<String, Object>>) arrivals.get("services")).forEach((id, l) -> {
                Map<String, Number> minutes = (Map<String, Number>) l.get("serviceMinutes");
                loads.put(id, new Workload.ServiceLoad(((Number) l.get("perDay")).doubleValue(),
                        minutes.get("mean").doubleValue(), minutes.get("cv").doubleValue(),
                        ((Number) l.get("priorityShare")).doubleValue()));
            });
            Map<String, Number> noShow = (Map<String, Number>) root.get("noShow");
            return new Workload((String) root.get("name"), ((Number) root.get("days")).intValue(),
                    ((Number) root.get("seed")).longValue(), hall, hourly, loads, shifts,
                    new Workload.NoShow(noShow.get("share").doubleValue(), noShow.get("waitMinutes").doubleValue()),
                    ((Number) root.get("backupSlowdown")).doubleValue());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalTime time(Object value) {
        return LocalTime.parse(String.valueOf(value));
    }
}
