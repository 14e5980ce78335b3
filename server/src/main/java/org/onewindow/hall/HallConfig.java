package org.onewindow.hall;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A validated, frozen hall file. */
public record HallConfig(String id, LocalText name, ZoneId timezone, Timetable hours,
                         List<ServiceSpec> services, List<CounterSpec> counters, List<StaffSpec> staff,
                         RoutingSettings routing, DeviceSpecs devices, Limits limits, ReportSettings reports) {
    public HallConfig {
        services = List.copyOf(services);
        counters = List.copyOf(counters);
        staff = List.copyOf(staff);
    }

    /** A hall with the default limits, assessment threshold and event-log retention. */
    public HallConfig(String id, LocalText name, ZoneId timezone, Timetable hours,
                      List<ServiceSpec> services, List<CounterSpec> counters, List<StaffSpec> staff,
                      RoutingSettings routing, DeviceSpecs devices) {
        this(id, name, timezone, hours, services, counters, staff, routing, devices, Limits.DEFAULT, ReportSettings.DEFAULT);
    }

    /** A hall with no devices declared. */
    public HallConfig(String id, LocalText name, ZoneId timezone, Timetable hours,
                      List<ServiceSpec> services, List<CounterSpec> counters, List<StaffSpec> staff,
                      RoutingSettings routing) {
        this(id, name, timezone, hours, services, counters, staff, routing, DeviceSpecs.NONE);
    }

    /** A hall with the default routing (balanced, advisor on request only). */
    public HallConfig(String id, LocalText name, ZoneId timezone, Timetable hours,
                      List<ServiceSpec> services, List<CounterSpec> counters, List<StaffSpec> staff) {
        this(id, name, timezone, hours, services, counters, staff, RoutingSettings.DEFAULT, DeviceSpecs.NONE);
    }

    /** The same hall with other windows (profiles changed for a what-if, say). */
    public HallConfig withCounters(List<CounterSpec> others) {
        return new HallConfig(id, name, timezone, hours, services, others, staff, routing, devices, limits, reports);
    }

    /** The same hall with other services (a hall file edited between two runs, say). */
    public HallConfig withServices(List<ServiceSpec> others) {
        return new HallConfig(id, name, timezone, hours, others, counters, staff, routing, devices, limits, reports);
    }

    /** The same hall open around the clock. */
    public HallConfig alwaysOpen() {
        return new HallConfig(id, name, timezone, Timetable.ALWAYS, services, counters, staff, routing, devices, limits, reports);
    }

    /** Looked up for every call a forecast plays: a plain scan of a short list, with nothing allocated on the way. */
    public Optional<ServiceSpec> service(String serviceId) {
        return find(services, serviceId, ServiceSpec::id);
    }

    public Optional<CounterSpec> counter(String counterId) {
        return find(counters, counterId, CounterSpec::id);
    }

    public Optional<StaffSpec> staffMember(String staffId) {
        return find(staff, staffId, StaffSpec::id);
    }

    private static <T> Optional<T> find(List<T> items, String id, Function<T, String> idOf) {
        for (int i = 0; i < items.size(); i++) {
            if (idOf.apply(items.get(i)).equals(id)) {
                return Optional.of(items.get(i));
            }
        }
        return Optional.empty();
    }
}
