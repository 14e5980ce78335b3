package org.onewindow.simulation;

import java.time.LocalTime;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.onewindow.hall.HallConfig;

/**
 * A hall and how visitors use it: the input of a simulation (shared/workloads/README.md).
 *
 * @param hourlyShare    share of a day's arrivals in each hour of hall time (0–23); sums to 1
 * @param services       per service: arrivals a day, service time, priority share
 * @param shifts         staffing hours of windows that do not work all the hall's hours
 * @param backupSlowdown service time factor when a window serves a skill outside its profile
 */
public record Workload(String name, int days, long seed, HallConfig hall, Map<Integer, Double> hourlyShare,
                       Map<String, ServiceLoad> services, Map<String, Shift> shifts, NoShow noShow,
                       double backupSlowdown) {
    public Workload {
        Objects.requireNonNull(hall, "hall");
        hourlyShare = Collections.unmodifiableSortedMap(new TreeMap<>(hourlyShare));
        services = Map.copyOf(services);
        shifts = Map.copyOf(shifts);
        Objects.requireNonNull(noShow, "noShow");
    }

    /** How one service's visitors arrive and how long they take, in minutes. */
    public record ServiceLoad(double perDay, double meanMinutes, double cv, double priorityShare, Shape shape) {
        public ServiceLoad(double perDay, double meanMinutes, double cv, double priorityShare) {
            this(perDay, meanMinutes, cv, priorityShare, Shape.LOGNORMAL);
        }
    }

    /** Service time distribution: log-normal from mean and cv (the default), or exponential (cv 1, for M/M/c checks). */
    public enum Shape { LOGNORMAL, EXPONENTIAL }

    /** A window's staffing hours in hall time, every simulated day. */
    public record Shift(LocalTime open, LocalTime close) {
    }

    /** Share of called tickets nobody answers, and how long the window waits for them. */
    public record NoShow(double share, double waitMinutes) {
        public static final NoShow NONE = new NoShow(0, 0);
    }

    public Workload withDays(int otherDays) {
        return new Workload(name, otherDays, seed, hall, hourlyShare, services, shifts, noShow, backupSlowdown);
    }

    public Workload withSeed(long otherSeed) {
        return new Workload(name, days, otherSeed, hall, hourlyShare, services, shifts, noShow, backupSlowdown);
    }
}
