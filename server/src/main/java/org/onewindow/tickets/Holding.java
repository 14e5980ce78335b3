package org.onewindow.tickets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.StaffSpec;
import org.onewindow.tickets.HallEvent.Kind;

/**
 * One clerk per window: whoever opens a window holds it ({@link Counter#staff()}) until they close it
 * or sign out, and its commands by anyone else are refused, so a second clerk cannot complete the
 * first one's visitor by pressing "call". A manager moves the hold by taking the window over (an
 * audited event). The hold belongs to the person, not to a session: it survives an expired token
 * and a hub restart; at the day's end every window closes and is freed.
 */
final class Holding {
    private Holding() {
    }

    /** The window, if the actor may command it: it holds it, or nobody does. */
    static Counter check(HallConfig config, Counter counter, String actor) {
        if (counter.staff() != null && !counter.staff().equals(actor)) {
            throw new HallException(Refusal.COUNTER_HELD, "window " + counter.id() + " is held by " + holder(config, counter.staff())
                    + "; they close it or sign out, or a manager takes it over");
        }
        return counter;
    }

    /** "张三 (s01)": the hall file's name and the id; the id alone for someone no longer in the file. */
    static String holder(HallConfig config, String staffId) {
        return config.staffMember(staffId).map(StaffSpec::name).map(name -> name + " (" + staffId + ")").orElse(staffId);
    }

    /**
     * The manager opens the window as its holder, keeping any visitor at it; the actor names whom it
     * was taken from, so the log says who took it from whom. A window nobody else holds is simply opened.
     */
    static HallEvent takeOver(HallConfig config, Counter counter, String manager, Instant now) {
        Counter taken = counter.withStatus(CounterStatus.OPEN, manager);
        if (counter.staff() == null || counter.staff().equals(manager)) {
            return new HallEvent(Kind.COUNTER_OPENED, now, manager, List.of(), List.of(taken), null);
        }
        String actor = manager + " (took window " + counter.id() + " over from " + counter.staff() + ")";
        return new HallEvent(Kind.COUNTER_TAKEN_OVER, now, actor, List.of(), List.of(taken), null);
    }

    /**
     * Frees every window the staff member holds. An idle one closes; one with a visitor at it pauses,
     * the visitor still called there, so the next clerk to open it carries on (nobody is completed unseen).
     */
    static Optional<HallEvent> signOut(Iterable<Counter> counters, String staffId, Instant now) {
        List<Counter> freed = new ArrayList<>();
        for (Counter counter : counters) {
            if (staffId.equals(counter.staff())) {
                freed.add(counter.withStatus(counter.currentTicket() == null ? CounterStatus.CLOSED : CounterStatus.PAUSED, null));
            }
        }
        return freed.isEmpty() ? Optional.empty()
                : Optional.of(new HallEvent(Kind.COUNTERS_RELEASED, now, staffId + " (signed out)", List.of(), freed, null));
    }
}
