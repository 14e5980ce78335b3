package org.onewindow.hall;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A validated, frozen hall file. */
public record HallConfig(String id, LocalText name, ZoneId timezone, Timetable hours,
                         List<ServiceSpec> services, List<CounterSpec> counters, List<StaffSpec> staff) {
    public HallConfig {
        services = List.copyOf(services);
        counters = List.copyOf(counters);
        staff = List.copyOf(staff);
    }

    public Optional<ServiceSpec> service(String serviceId) {
        return services.stream().filter(s -> s.id().equals(serviceId)).findFirst();
    }

    public Optional<CounterSpec> counter(String counterId) {
        return counters.stream().filter(c -> c.id().equals(counterId)).findFirst();
    }

    public Optional<StaffSpec> staffMember(String staffId) {
        return staff.stream().filter(s -> s.id().equals(staffId)).findFirst();
    }

    public Map<String, ServiceSpec> servicesById() {
        Map<String, ServiceSpec> byId = new LinkedHashMap<>();
        services.forEach(s -> byId.put(s.id(), s));
        return byId;
    }
}
