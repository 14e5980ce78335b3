package org.onewindow.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.onewindow.tickets.Priority;

/**
 * Draws the visitors of a run from the workload and its seed: a Poisson process per hour of hall
 * time at that hour's share of the day, a service by its share of the day's arrivals, and each
 * visitor's service time and no-show once. Every policy and the pooled twin replay the same list.
 */
public final class Visitors {
    private final List<Visitor> arrived;
    private final int dropped;

    private Visitors(List<Visitor> arrived, int dropped) {
        this.arrived = List.copyOf(arrived);
        this.dropped = dropped;
    }

    /** Visitors already known, e.g. the hall's recent tickets replayed for a what-if. */
    public static Visitors of(List<Visitor> arrived) {
        List<Visitor> sorted = new ArrayList<>(arrived);
        sorted.sort(java.util.Comparator.comparing(Visitor::at));
        return new Visitors(sorted, 0);
    }

    public static Visitors draw(Workload workload, Timeline timeline) {
        ZoneId zone = workload.hall().timezone();
        List<String> services = workload.hall().services().stream().map(s -> s.id())
                .filter(id -> workload.services().containsKey(id)).toList();
        double perDay = services.stream().mapToDouble(id -> workload.services().get(id).perDay()).sum();
        SplittableRandom root = new SplittableRandom(workload.seed());
        List<Visitor> arrived = new ArrayList<>();
        int dropped = 0;
        for (LocalDate date : timeline.dates()) {
            SplittableRandom random = root.split();
            for (Map.Entry<Integer, Double> hour : workload.hourlyShare().entrySet()) {
                double perMinute = perDay * hour.getValue() / 60.0;
                if (perMinute <= 0) {
                    continue;
                }
                Instant start = date.atTime(hour.getKey(), 0).atZone(zone).toInstant();
                double minute = random.nextExponential() / perMinute;
                while (minute < 60) {
                    Instant at = start.plusNanos((long) (minute * 60e9));
                    Visitor visitor = visitor(workload, services, perDay, random, at);
                    if (workload.hall().hours().isOpen(at.atZone(zone))) {
                        arrived.add(visitor);
                    } else {
                        dropped++;
                    }
                    minute += random.nextExponential() / perMinute;
                }
            }
        }
        arrived.sort(java.util.Comparator.comparing(Visitor::at));
        return new Visitors(arrived, dropped);
    }

    private static Visitor visitor(Workload workload, List<String> services, double perDay,
                                   SplittableRandom random, Instant at) {
        double pick = random.nextDouble() * perDay;
        String service = services.get(services.size() - 1);
        for (String id : services) {
            pick -= workload.services().get(id).perDay();
            if (pick < 0) {
                service = id;
                break;
            }
        }
        Workload.ServiceLoad load = workload.services().get(service);
        Priority priority = random.nextDouble() < load.priorityShare() ? Priority.PRIORITY : Priority.NORMAL;
        double minutes = serviceMinutes(load, random);
        boolean noShow = random.nextDouble() < workload.noShow().share();
        return new Visitor(at, service, priority, minutes, noShow);
    }

    /** Log-normal with the given mean and coefficient of variation (or exponential when asked). */
    static double serviceMinutes(Workload.ServiceLoad load, SplittableRandom random) {
        if (load.shape() == Workload.Shape.EXPONENTIAL) {
            return load.meanMinutes() * random.nextExponential();
        }
        double sigma2 = Math.log(1 + load.cv() * load.cv());
        double mu = Math.log(load.meanMinutes()) - sigma2 / 2;
        return Math.exp(mu + Math.sqrt(sigma2) * random.nextGaussian());
    }

    /** Visitors who took a ticket, in arrival order. */
    public List<Visitor> arrived() {
        return arrived;
    }

    /** Visitors who came while the hall was not issuing tickets. */
    public int dropped() {
        return dropped;
    }
}
