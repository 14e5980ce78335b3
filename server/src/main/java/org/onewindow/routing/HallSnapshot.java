package org.onewindow.routing;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.tickets.CallOrder;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.HallView;
import org.onewindow.tickets.Ticket;

/**
 * What a forecast needs of the hall at one version, copied on the hall's thread so that the forecast
 * can be played on another: the lines, the open windows and the tickets they serve. Immutable.
 */
public final class HallSnapshot implements HallView {
    private final HallConfig config;
    private final Instant now;
    private final long version;
    private final Map<String, Counter> counters = new LinkedHashMap<>();
    private final Map<String, NavigableSet<Ticket>> waiting = new HashMap<>();
    private final Map<String, Ticket> tickets = new HashMap<>();

    private HallSnapshot(HallView hall) {
        this.config = hall.config();
        this.now = hall.now();
        this.version = hall.version();
        for (Counter counter : hall.counters()) {
            counters.put(counter.id(), counter);
            if (counter.currentTicket() != null) {
                hall.ticket(counter.currentTicket()).ifPresent(t -> tickets.put(t.id(), t));
            }
        }
        for (ServiceSpec service : config.services()) {
            TreeSet<Ticket> line = new TreeSet<>(CallOrder.PRIORITY_THEN_OLDEST);
            line.addAll(hall.waiting(service.id()));
            line.forEach(t -> tickets.put(t.id(), t));
            waiting.put(service.id(), Collections.unmodifiableNavigableSet(line));
        }
    }

    /** Copies the hall as it stands: O(waiting tickets), on the hall's thread. */
    public static HallSnapshot of(HallView hall) {
        return hall instanceof HallSnapshot snapshot ? snapshot : new HallSnapshot(hall);
    }

    @Override
    public HallConfig config() {
        return config;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public Collection<Counter> counters() {
        return Collections.unmodifiableCollection(counters.values());
    }

    @Override
    public Optional<Counter> counter(String counterId) {
        return Optional.ofNullable(counters.get(counterId));
    }

    @Override
    public NavigableSet<Ticket> waiting(String service) {
        NavigableSet<Ticket> line = waiting.get(service);
        return line == null ? Collections.emptyNavigableSet() : line;
    }

    @Override
    public Optional<Ticket> ticket(String ticketId) {
        return Optional.ofNullable(tickets.get(ticketId));
    }
}
