package org.onewindow.simulation;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.api.Assertions;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.LocalText;
import org.onewindow.hall.OpeningHours;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.hall.Timetable;
import org.onewindow.routing.BalancedPolicy;
import org.onewindow.routing.FifoPolicy;
import org.onewindow.routing.Policies;
import org.onewindow.routing.RoutingPolicy;
import org.onewindow.tickets.CallOrder;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.HallView;
import org.onewindow.tickets.Ticket;

/** Properties of every routing policy over random small halls, staffing and arrivals. */
class RoutingPropertiesTest {
    /** Wraps a policy and checks each of its choices against the hall as it stood at that moment. */
    static final class Inspector implements RoutingPolicy {
        final RoutingPolicy policy;
        final List<String> broken = new ArrayList<>();

        Inspector(RoutingPolicy policy) {
            this.policy = policy;
        }

        @Override
        public String name() {
            return policy.name();
        }

        @Override
        public Optional<Ticket> next(Counter counter, HallView hall) {
            Optional<Ticket> choice = policy.next(counter, hall);
            choice.ifPresent(ticket -> check(counter, hall, ticket));
            return choice;
        }

        private void check(Counter counter, HallView hall, Ticket ticket) {
            if (!counter.canServe(ticket.service())) {
                broken.add("window " + counter.id() + " called " + ticket.number() + " outside its skills");
            }
            Ticket head = hall.waiting(ticket.service()).first();
            if (CallOrder.PRIORITY_THEN_OLDEST.compare(head, ticket) < 0) {
                broken.add("window " + counter.id() + " called " + ticket.number() + " before " + head.number());
            }
            if (counter.serves(ticket.service())) {
                return;
            }
            if (policy instanceof BalancedPolicy balanced) {
                boolean ownLinesEmpty = hall.config().services().stream()
                        .noneMatch(s -> counter.serves(s.id()) && !hall.waiting(s.id()).isEmpty());
                double waited = Duration.between(ticket.issuedAt(), hall.now()).toNanos() / 60e9;
                if (!ownLinesEmpty && waited < balanced.ageCapMinutes()) {
                    broken.add("window " + counter.id() + " took " + ticket.number() + " outside its profile"
                            + " while its own lines waited and before the age cap");
                }
            } else {
                broken.add(policy.name() + " called " + ticket.number() + " outside window " + counter.id() + "'s profile");
            }
        }
    }

    static Workload randomHall(int services, int windows, double load, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalText name = new LocalText("x", "x");
        List<ServiceSpec> specs = new ArrayList<>();
        Map<String, Workload.ServiceLoad> loads = new HashMap<>();
        double work = 0;
        for (int i = 0; i < services; i++) {
            double minutes = 2 + random.nextDouble() * 18;
            specs.add(new ServiceSpec("s" + i, String.valueOf((char) ('A' + i)), name, minutes, null, List.of()));
            double perDay = 10 + random.nextDouble() * 100;
            loads.put("s" + i, new Workload.ServiceLoad(perDay, minutes * (0.7 + 0.6 * random.nextDouble()),
                    random.nextDouble(), random.nextDouble() * 0.3));
            work += perDay * minutes;
        }
        List<Set<String>> profiles = new ArrayList<>();
        List<CounterSpec> counters = new ArrayList<>();
        Map<String, Workload.Shift> shifts = new HashMap<>();
        for (int w = 0; w < windows; w++) {
            profiles.add(random.nextInt(5) == 0 ? Set.of("*") : subset(random, services));
            if (w > 0 && random.nextInt(3) == 0) {
                shifts.put(String.valueOf(w + 1), new Workload.Shift(LocalTime.of(10, 0), LocalTime.of(12, 0)));
            }
        }
        for (int i = 0; i < services; i++) {
            // Every service in the profile of some window staffed all day, so nobody is left at the close.
            String id = "s" + i;
            boolean covered = false;
            for (int w = 0; w < windows; w++) {
                covered |= !shifts.containsKey(String.valueOf(w + 1))
                        && (profiles.get(w).contains(id) || profiles.get(w).contains("*"));
            }
            if (!covered) {
                Set<String> widened = new HashSet<>(profiles.get(0));
                widened.add(id);
                profiles.set(0, widened);
            }
        }
        for (int w = 0; w < windows; w++) {
            Set<String> skills = random.nextBoolean() ? Set.of("*") : union(profiles.get(w), subset(random, services));
            counters.add(new CounterSpec(String.valueOf(w + 1), name, profiles.get(w), skills));
        }
        double perDayScale = load * windows * 8 * 60 / work;
        loads.replaceAll((id, l) -> new Workload.ServiceLoad(l.perDay() * perDayScale, l.meanMinutes(), l.cv(), l.priorityShare()));
        Timetable hours = new Timetable(List.of(new OpeningHours(Set.of(java.time.DayOfWeek.values()),
                LocalTime.of(9, 0), LocalTime.of(17, 0))));
        HallConfig hall = new HallConfig("random", name, ZoneId.of("UTC"), hours, specs, counters, List.of());
        Map<Integer, Double> hourly = new HashMap<>();
        for (int h = 9; h < 17; h++) {
            hourly.put(h, 1 / 8.0);
        }
        return new Workload("random", 2, seed, hall, hourly, loads, shifts, new Workload.NoShow(0.05, 2), 1.25);
    }

    private static Set<String> subset(SplittableRandom random, int services) {
        Set<String> chosen = new HashSet<>();
        chosen.add("s" + random.nextInt(services));
        for (int i = 0; i < services; i++) {
            if (random.nextInt(3) == 0) {
                chosen.add("s" + i);
            }
        }
        return chosen;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void check(RoutingPolicy policy, Workload workload) {
        Inspector inspector = new Inspector(policy);
        Set<String> issued = new HashSet<>();
        Set<String> called = new HashSet<>();
        List<String> broken = inspector.broken;
        Simulator.Observer observer = (HallEvent event, org.onewindow.tickets.Hall hall) -> {
            if (event.kind() == HallEvent.Kind.TICKET_ISSUED && !issued.add(event.ticket().id())) {
                broken.add("issued twice: " + event.ticket().number());
            }
            if (event.kind() == HallEvent.Kind.TICKET_CALLED && !called.add(event.ticket().id())) {
                broken.add("called twice: " + event.ticket().number());
            }
        };
        Timeline timeline = Timeline.of(workload);
        RunResult result = new Simulator(workload, timeline, Visitors.draw(workload, timeline), observer)
                .run(inspector, Policies.estimatorFor(policy, workload.hall()), null);
        Assertions.assertThat(broken).isEmpty();
        Assertions.assertThat(result.unserved()).isZero();
        Assertions.assertThat(called).isEqualTo(issued);
        Assertions.assertThat(result.waits().count()).isEqualTo(issued.size());
    }

    @Property(tries = 40)
    void balancedCallsEveryTicketOnceInOrderWithinSkills(@ForAll @IntRange(min = 1, max = 4) int services,
                                                         @ForAll @IntRange(min = 1, max = 5) int windows,
                                                         @ForAll @DoubleRange(min = 0.3, max = 1.3) double load,
                                                         @ForAll long seed) {
        check(new BalancedPolicy(1.25), randomHall(services, windows, load, seed));
    }

    @Property(tries = 40)
    void fifoCallsEveryTicketOnceInOrderWithinItsProfile(@ForAll @IntRange(min = 1, max = 4) int services,
                                                         @ForAll @IntRange(min = 1, max = 5) int windows,
                                                         @ForAll @DoubleRange(min = 0.3, max = 1.3) double load,
                                                         @ForAll long seed) {
        check(new FifoPolicy(), randomHall(services, windows, load, seed));
    }
}
