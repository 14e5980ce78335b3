package org.onewindow.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.RoutingSettings;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.routing.Advice;
import org.onewindow.routing.Advisor;
import org.onewindow.routing.HallSnapshot;
import org.onewindow.routing.Policies;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.Ticket;
import org.onewindow.tickets.TicketStatus;

/**
 * Asks the advisor about a running hall (the live hub's or a simulated one): the what-if replays
 * the hall's arrivals of the last {@code recentMinutes} through the simulator, with the windows
 * open now and their current profiles. Only what the hub knows is used: a served ticket's observed
 * service time, the service's average minutes for the others.
 */
public final class HallAdvisor {
    /** Minutes a window waits for a visitor who does not answer the call. */
    static final double NO_SHOW_WAIT_MINUTES = 2;

    private HallAdvisor() {
    }

    /** Runs on the hall's own thread: it reads the live hall and replays there. */
    public static List<Advice> advise(Hall hall, RoutingSettings routing) {
        return prepare(hall, routing).get();
    }

    /**
     * On the hall's own thread: copies what the what-if needs (recent visitors, windows, profiles); the job it
     * returns replays them on any thread, so the hub keeps the replays off its desk.
     */
    public static Supplier<List<Advice>> prepare(Hall hall, RoutingSettings routing) {
        HallConfig config = hall.view().config();
        Instant from = hall.view().now().minus(Duration.ofMinutes(routing.advisor().recentMinutes()));
        List<Visitor> recent = hall.tickets().stream()
                .filter(t -> !t.issuedAt().isBefore(from) && t.status() != TicketStatus.CANCELLED)
                .sorted(Comparator.comparing(Ticket::issuedAt))
                .map(t -> visitor(t, config))
                .toList();
        Map<String, Set<String>> profiles = new LinkedHashMap<>();
        hall.view().counters().forEach(c -> profiles.put(c.id(), c.profile()));
        Set<String> open = hall.view().counters().stream().filter(Counter::isOpen).map(Counter::id).collect(Collectors.toSet());
        Replay replay = new Replay(config, profiles, Policies.byName(routing.policy(), routing.backupSlowdown()), recent,
                open, new Workload.NoShow(0, NO_SHOW_WAIT_MINUTES), routing.backupSlowdown());
        Advisor advisor = new Advisor(replay, routing.advisor().minWaitMinutes(), routing.advisor().minGainMinutes());
        HallSnapshot now = HallSnapshot.of(hall.view());
        return () -> advisor.advise(now);
    }

    static Visitor visitor(Ticket ticket, HallConfig config) {
        double minutes = ticket.status() == TicketStatus.COMPLETED && ticket.calledAt() != null
                ? Duration.between(ticket.calledAt(), ticket.completedAt()).toNanos() / 60e9
                : config.service(ticket.service()).map(ServiceSpec::averageMinutes).orElse(10.0);
        return new Visitor(ticket.issuedAt(), ticket.service(), ticket.priority(), minutes,
                ticket.status() == TicketStatus.NO_SHOW);
    }
}
