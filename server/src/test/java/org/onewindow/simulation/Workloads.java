package org.onewindow.simulation;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.LocalText;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.hall.Timetable;

/** Workloads for tests: built in code, or read from the shared files. */
final class Workloads {
    /** The district workload shipped with the project (tests run in the server module). */
    static final java.nio.file.Path DISTRICT_HALL = java.nio.file.Path.of("..", "workloads", "district-hall.yaml");

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

    static Workload district() {
        return WorkloadFile.load(DISTRICT_HALL);
    }
}
