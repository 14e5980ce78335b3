package org.onewindow.simulation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onewindow.hall.ConfigException;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.HallFile;
import org.onewindow.hall.TimetableReader;
import org.onewindow.hall.YamlNode;

/**
 * Reads a workload (shared/workloads/README.md) as strictly as a hall file: the hall sections go
 * through {@link HallFile}, the rest is checked here, and every problem is one
 * {@code FILE:LINE: problem} {@link ConfigException}.
 */
public final class WorkloadFile {
    private static final Set<String> TOP_LEVEL = Set.of("name", "days", "seed", "arrivals", "noShow", "backupSlowdown");
    private static final double SHARE_SLACK = 0.005;

    private WorkloadFile() {
    }

    public static Workload load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(YamlNode.parse(reader, file.toString()));
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 0, "cannot read the workload: " + e);
        }
    }

    public static Workload parse(String text, String source) {
        return read(YamlNode.parse(text, source));
    }

    private static Workload read(YamlNode root) {
        HallConfig hall = HallFile.fromSections(root, TOP_LEVEL, Set.of("hours"));
        root.expectKeys(List.of("name", "arrivals"), List.of("days", "seed", "noShow", "backupSlowdown", "hall",
                "services", "counters", HallFile.STAFF));
        String name = root.get("name").text();
        int days = root.find("days").map(WorkloadFile::positiveInteger).orElse(5);
        long seed = root.find("seed").map(node -> (long) node.integer()).orElse(1L);
        YamlNode arrivals = root.get("arrivals").expectKeys(List.of("hourly", "services"), List.of());
        Map<Integer, Double> hourly = hourly(arrivals.get("hourly"));
        Map<String, Workload.ServiceLoad> loads = new HashMap<>();
        YamlNode services = arrivals.get("services");
        for (String id : services.keys()) {
            YamlNode load = services.get(id);
            if (hall.service(id).isEmpty()) {
                throw load.problem("arrivals for unknown service '" + id + "'");
            }
            loads.put(id, serviceLoad(load));
        }
        Workload.NoShow noShow = root.find("noShow").map(WorkloadFile::noShow).orElse(Workload.NoShow.NONE);
        double slowdown = root.find("backupSlowdown").map(node -> atLeast(node, 1)).orElse(1.25);
        return new Workload(name, days, seed, hall, hourly, loads, shifts(root.get("counters")), noShow, slowdown);
    }

    private static Map<Integer, Double> hourly(YamlNode node) {
        Map<Integer, Double> shares = new HashMap<>();
        double sum = 0;
        for (String key : node.keys()) {
            YamlNode value = node.get(key);
            int hour;
            try {
                hour = Integer.parseInt(key);
            } catch (NumberFormatException e) {
                throw value.problem("hour '" + key + "' must be 00 to 23");
            }
            if (hour < 0 || hour > 23) {
                throw value.problem("hour '" + key + "' must be 00 to 23");
            }
            double share = share(value);
            shares.put(hour, share);
            sum += share;
        }
        if (Math.abs(sum - 1) > SHARE_SLACK) {
            throw node.problem(String.format(Locale.ROOT, "hourly shares add up to %.3f, not 1", sum));
        }
        return shares;
    }

    private static Workload.ServiceLoad serviceLoad(YamlNode node) {
        node.expectKeys(List.of("perDay", "serviceMinutes"), List.of("priorityShare"));
        double perDay = atLeast(node.get("perDay"), 0);
        YamlNode minutes = node.get("serviceMinutes").expectKeys(List.of("mean"), List.of("cv", "shape"));
        double mean = minutes.get("mean").number();
        if (mean <= 0) {
            throw minutes.get("mean").problem("mean must be more than 0 minutes");
        }
        double cv = minutes.find("cv").map(n -> atLeast(n, 0)).orElse(0.0);
        Workload.Shape shape = Workload.Shape.LOGNORMAL;
        if (minutes.has("shape")) {
            YamlNode shapeNode = minutes.get("shape");
            switch (shapeNode.text()) {
                case "lognormal" -> shape = Workload.Shape.LOGNORMAL;
                case "exponential" -> shape = Workload.Shape.EXPONENTIAL;
                default -> throw shapeNode.problem("shape must be lognormal or exponential");
            }
        }
        double priority = node.find("priorityShare").map(WorkloadFile::share).orElse(0.0);
        return new Workload.ServiceLoad(perDay, mean, cv, priority, shape);
    }

    private static Workload.NoShow noShow(YamlNode node) {
        node.expectKeys(List.of("share", "waitMinutes"), List.of());
        return new Workload.NoShow(share(node.get("share")), atLeast(node.get("waitMinutes"), 0));
    }

    private static Map<String, Workload.Shift> shifts(YamlNode counters) {
        Map<String, Workload.Shift> shifts = new HashMap<>();
        for (YamlNode counter : counters.items()) {
            if (counter.find("hours").isEmpty()) {
                continue;
            }
            YamlNode hours = counter.get("hours").expectKeys(List.of("open", "close"), List.of());
            LocalTime open = TimetableReader.time(hours.get("open"));
            LocalTime close = TimetableReader.time(hours.get("close"));
            if (!open.isBefore(close)) {
                throw hours.problem("hours open at " + open + " but close at " + close);
            }
            shifts.put(counter.get("id").text(), new Workload.Shift(open, close));
        }
        return shifts;
    }

    private static int positiveInteger(YamlNode node) {
        int value = node.integer();
        if (value < 1) {
            throw node.problem(node.name() + " must be at least 1");
        }
        return value;
    }

    private static double share(YamlNode node) {
        double value = node.number();
        if (value < 0 || value > 1) {
            throw node.problem(node.name() + " must be a share from 0 to 1");
        }
        return value;
    }

    private static double atLeast(YamlNode node, double least) {
        double value = node.number();
        if (value < least) {
            throw node.problem(node.name() + " must be at least " + least);
        }
        return value;
    }
}
