package org.onewindow.edge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many times something happened per key (a client address, a staff id) within a sliding window, and
 * how long a key that reached the limit must wait. Plain Java on a Clock so tests move time.
 *
 * <p>Memory is bounded: each key keeps at most {@code limit} times, keys whose times have all left the
 * window are dropped as the map is used, and beyond {@code maxKeys} the least recently seen key goes.
 * Not thread-safe on its own: the limits that use it synchronise.
 */
final class RecentEvents {
    private final Clock clock;
    private final Duration window;
    private final int limit;
    private final Map<String, ArrayDeque<Instant>> byKey;

    RecentEvents(Clock clock, Duration window, int limit, int maxKeys) {
        if (limit < 1 || maxKeys < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limit, maxKeys and window must be positive");
        }
        this.clock = clock;
        this.window = window;
        this.limit = limit;
        this.byKey = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ArrayDeque<Instant>> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** How long until the key may happen again, or empty when it is under the limit now. */
    Optional<Duration> waitFor(String key) {
        Instant now = clock.instant();
        ArrayDeque<Instant> times = byKey.get(key);
        if (times == null || prune(times, now) < limit) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, times.peekFirst().plus(window));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }

    void record(String key) {
        Instant now = clock.instant();
        forgetStale(now);
        ArrayDeque<Instant> times = byKey.computeIfAbsent(key, k -> new ArrayDeque<>());
        times.addLast(now);
        while (times.size() > limit) {
            times.removeFirst(); // only the latest `limit` times can decide a refusal
        }
    }

    void forget(String key) {
        byKey.remove(key);
    }

    /** Keys tracked now (tests: memory stays bounded). */
    int size() {
        return byKey.size();
    }

    private int prune(ArrayDeque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
        return times.size();
    }

    /** Drops the least recently seen keys while they have nothing left in the window. */
    private void forgetStale(Instant now) {
        Iterator<ArrayDeque<Instant>> eldestFirst = byKey.values().iterator();
        while (eldestFirst.hasNext()) {
            ArrayDeque<Instant> times = eldestFirst.next();
            if (prune(times, now) > 0) {
                return;
            }
            eldestFirst.remove();
        }
    }
}
