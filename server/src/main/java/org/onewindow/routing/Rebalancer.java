package org.onewindow.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onewindow.hall.RoutingSettings.AdvisorSettings;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.HallView;

/**
 * Keeps the advisor's profile widenings honest: each lasts {@code holdMinutes} and is then put
 * back; in auto mode it picks the best recommendation, at most {@code maxChangesPerHour} changes
 * in any hour and one widening per window at a time. The hub and the simulator both drive it, so
 * the benefit the simulator measures is the benefit the hub delivers.
 */
public final class Rebalancer {
    private static final Duration HOUR = Duration.ofHours(1);

    private final AdvisorSettings settings;
    private final Map<String, Widening> active = new LinkedHashMap<>();
    private final Deque<Instant> changes = new ArrayDeque<>();
    private Instant lastLook;

    public Rebalancer(AdvisorSettings settings) {
        this.settings = settings;
    }

    /** Whether auto mode should look for advice now (every {@code everyMinutes}). */
    public boolean autoLookDue(Instant now) {
        if (!settings.auto() || (lastLook != null && now.isBefore(lastLook.plus(Duration.ofMinutes(settings.everyMinutes()))))) {
            return false;
        }
        lastLook = now;
        return true;
    }

    /** The widenings whose time is up and whose window still has the widened profile: put these back. */
    public List<Widening> expired(Instant now, HallView hall) {
        List<Widening> due = new ArrayList<>();
        active.values().removeIf(widening -> {
            if (now.isBefore(widening.until())) {
                return false;
            }
            boolean unchanged = hall.counter(widening.counter()).map(c -> c.profile().equals(widening.after())).orElse(false);
            if (unchanged) {
                due.add(widening);
            }
            return true;
        });
        return due;
    }

    /** The recommendation auto mode applies now, if the limits allow one. */
    public Optional<Advice> autoPick(Instant now, List<Advice> advice) {
        while (!changes.isEmpty() && !changes.peekFirst().isAfter(now.minus(HOUR))) {
            changes.removeFirst();
        }
        if (changes.size() >= settings.maxChangesPerHour()) {
            return Optional.empty();
        }
        return advice.stream().filter(a -> !active.containsKey(a.counter())).findFirst();
    }

    /** The widening that applying this advice to the window makes; remembered so it is put back later. */
    public Widening widen(Advice advice, Counter counter, Instant now) {
        Set<String> after = new LinkedHashSet<>(counter.profile());
        after.addAll(advice.addServices());
        Widening widening = new Widening(counter.id(), advice.id(), counter.profile(), after,
                now.plus(Duration.ofMinutes(settings.holdMinutes())));
        active.put(counter.id(), widening);
        changes.addLast(now);
        return widening;
    }
}
