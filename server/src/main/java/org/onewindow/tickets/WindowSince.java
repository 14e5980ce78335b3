package org.onewindow.tickets;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Since when each window has been as it is now: the time of the last committed event that changed its
 * status or the visitor at it. For an open window with nobody at it, that is when it became free (it
 * opened, or its last visitor finished or was sent on), which is what its idle minutes count from.
 * A profile change or a recall changes neither, so it does not reset the count.
 */
final class WindowSince {
    private final Map<String, Counter> known = new HashMap<>();
    private final Map<String, Instant> since = new HashMap<>();

    /** A committed event: every window it changed in status or visitor starts a new stretch at its time. */
    void observe(HallEvent event) {
        for (Counter after : event.counters()) {
            Counter before = known.put(after.id(), after);
            if (before == null || before.status() != after.status()
                    || !Objects.equals(before.currentTicket(), after.currentTicket())) {
                since.put(after.id(), event.at());
            }
        }
    }

    /**
     * A restarted hub: the windows as stored and, where known, when each last changed (the event log's
     * status changes of today and the times of today's calls and finishes at it, the latest of them).
     */
    void restore(Iterable<Counter> counters, Map<String, Instant> lastChanged) {
        for (Counter counter : counters) {
            known.put(counter.id(), counter);
            Instant at = lastChanged.get(counter.id());
            if (at != null) {
                since.merge(counter.id(), at, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
    }

    Optional<Instant> of(String counterId) {
        return Optional.ofNullable(since.get(counterId));
    }
}
