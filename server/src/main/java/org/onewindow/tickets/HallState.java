package org.onewindow.tickets;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import org.onewindow.hall.HallConfig;

/**
 * The hall's current day in memory: tickets, queues, windows and numbering. Changes only by
 * {@link #apply(HallEvent)}, so live commands, restore and replay all build the same state.
 */
final class HallState implements HallView {
    private static final NavigableSet<Ticket> NONE = Collections.emptyNavigableSet();

    private final HallConfig config;
    private final Clock clock;
    private final Map<String, Ticket> tickets = new HashMap<>();
    private final Map<String, TreeSet<Ticket>> waiting = new HashMap<>();
    private final Map<String, Counter> counters = new LinkedHashMap<>();
    private final Map<String, Integer> lastNumber = new HashMap<>();
    private LocalDate day;
    private long lastOrder;
    private long version;

    HallState(HallConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.day = LocalDate.ofInstant(clock.instant(), config.timezone());
    }

    /** What an applied event replaced, so that it can be taken back (a group whose commit failed). */
    record Undo(Map<String, Ticket> tickets, Map<String, Counter> counters, LocalDate day, long lastOrder,
                long version, Map<String, Integer> lastNumber) {
    }

    /** Applies the event and returns what it replaced; not for a new day (day ends are never taken back). */
    Undo applyUndoably(HallEvent event) {
        if (event.kind() == HallEvent.Kind.DAY_ENDED || event.tickets().stream().anyMatch(t -> t.day().isAfter(day))) {
            throw new IllegalArgumentException("a new day is applied for good, not staged");
        }
        Map<String, Ticket> before = new HashMap<>();
        event.tickets().forEach(t -> before.putIfAbsent(t.id(), tickets.get(t.id())));
        Map<String, Counter> counterBefore = new HashMap<>();
        event.counters().forEach(c -> counterBefore.putIfAbsent(c.id(), counters.get(c.id())));
        Undo undo = new Undo(before, counterBefore, day, lastOrder, version, new HashMap<>(lastNumber));
        apply(event);
        return undo;
    }

    /** Takes an event back: the undo of the last event applied first. */
    void undo(Undo undo) {
        undo.tickets().forEach((id, previous) -> {
            Ticket now = tickets.remove(id);
            if (now != null && now.isWaiting()) {
                waiting.get(now.service()).remove(now);
            }
            if (previous != null) {
                tickets.put(id, previous);
                if (previous.isWaiting()) {
                    waiting.computeIfAbsent(previous.service(), s -> new TreeSet<>(CallOrder.PRIORITY_THEN_OLDEST)).add(previous);
                }
            }
        });
        undo.counters().forEach((id, previous) -> {
            if (previous == null) {
                counters.remove(id);
            } else {
                counters.put(id, previous);
            }
        });
        day = undo.day();
        lastOrder = undo.lastOrder();
        lastNumber.clear();
        lastNumber.putAll(undo.lastNumber());
        version = undo.version(); // the very state of that version again
    }

    void apply(HallEvent event) {
        version++;
        if (event.kind() == HallEvent.Kind.DAY_ENDED) {
            rollTo(LocalDate.ofInstant(event.at(), config.timezone()));
        }
        event.counters().forEach(counter -> counters.put(counter.id(), counter));
        event.tickets().forEach(this::put);
    }

    /** The hall day a restored hub was last on (it may be before today: the day has not ended yet). */
    void restoreDay(LocalDate lastDay) {
        day = lastDay;
    }

    /** Puts a ticket as it now stands, keeping queues and numbering in step. */
    void put(Ticket ticket) {
        version++;
        rollTo(ticket.day());
        Ticket before = tickets.put(ticket.id(), ticket);
        if (before != null && before.isWaiting()) {
            waiting.get(before.service()).remove(before);
        }
        if (ticket.isWaiting()) {
            waiting.computeIfAbsent(ticket.service(), s -> new TreeSet<>(CallOrder.PRIORITY_THEN_OLDEST)).add(ticket);
        }
        if (ticket.day().equals(day)) {
            lastNumber.merge(TicketNumber.prefixOf(ticket.number()), TicketNumber.sequenceOf(ticket.number()), Math::max);
        }
        lastOrder = Math.max(lastOrder, ticket.order());
    }

    void putCounter(Counter counter) {
        version++;
        counters.put(counter.id(), counter);
    }

    /** A new hall day: numbering restarts, and finished tickets of earlier days leave memory. */
    private void rollTo(LocalDate ticketDay) {
        if (!ticketDay.isAfter(day)) {
            return;
        }
        day = ticketDay;
        lastNumber.clear();
        tickets.values().removeIf(t -> t.status().isFinished() && t.day().isBefore(ticketDay));
    }

    @Override
    public long version() {
        return version;
    }

    LocalDate day() {
        return day;
    }

    /** Tickets issued today under a prefix: the last number's sequence, since numbers never repeat. */
    int issuedToday(String prefix, LocalDate today) {
        return today.equals(day) ? lastNumber.getOrDefault(prefix, 0) : 0;
    }

    long nextOrder() {
        return lastOrder + 1;
    }

    @Override
    public HallConfig config() {
        return config;
    }

    @Override
    public Instant now() {
        return clock.instant();
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
        TreeSet<Ticket> line = waiting.get(service);
        return line == null ? NONE : Collections.unmodifiableNavigableSet(line);
    }

    @Override
    public Optional<Ticket> ticket(String ticketId) {
        return Optional.ofNullable(tickets.get(ticketId));
    }

    Collection<Ticket> tickets() {
        return Collections.unmodifiableCollection(tickets.values());
    }
}
