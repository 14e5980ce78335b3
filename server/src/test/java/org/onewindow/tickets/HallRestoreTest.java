package org.onewindow.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.hall.Timetable;

/** A restarted hub rebuilds its day from stored tickets and windows and carries on where it stopped. */
class HallRestoreTest {
    private final HallFixture before = HallFixture.aroundTheClock();

    /** A morning: mixed services and priorities, some served, one transferred to a service, one to a window. */
    private void morning() {
        before.open("1", "2", "3");
        before.issue("tax");
        before.issue("social-card");
        before.issue("tax", Priority.PRIORITY);
        before.clock.advanceMinutes(2);
        before.issue("property");
        before.issue("tax");
        before.call("1");
        before.apply(before.hall.complete("1", "s01"));
        before.call("1");
        before.apply(before.hall.transfer("1", null, "2", "s01"));
        before.call("3");
        before.apply(before.hall.transfer("3", "property", null, "s01"));
        before.issue("social-card", Priority.PRIORITY);
        before.issue("tax");
        before.call("2");
        before.issue("social-card");
        before.apply(before.hall.setStatus("3", CounterStatus.PAUSED, "s01"));
    }

    private HallFixture restarted() {
        HallFixture after = new HallFixture(HallFixture.config(Timetable.ALWAYS, null), before.clock);
        List<Ticket> stored = new ArrayList<>(before.hall.tickets());
        Collections.shuffle(stored, new Random(3));
        after.hall.restore(stored, before.hall.view().counters(), null);
        return after;
    }

    @Test
    void rebuildsTheSameQueuesInTheSameOrder() {
        morning();

        HallFixture after = restarted();

        for (String service : List.of("tax", "social-card", "property")) {
            assertThat(after.waitingNumbers(service)).as(service).isEqualTo(before.waitingNumbers(service))
                    .isNotEmpty();
        }
        assertThat(after.hall.view().counters()).containsExactlyElementsOf(before.hall.view().counters());
    }

    @Test
    void callsInTheSameOrderAfterARestart() {
        morning();
        HallFixture after = restarted();

        after.apply(after.hall.setStatus("3", CounterStatus.OPEN, "s01"));
        before.apply(before.hall.setStatus("3", CounterStatus.OPEN, "s01"));

        for (String window : List.of("2", "1", "3")) {
            assertThat(after.drain(window)).as("window " + window).isEqualTo(before.drain(window));
        }
    }

    @Test
    void continuesNumberingAndPlaceInTime() {
        morning();
        long lastOrder = before.hall.tickets().stream().mapToLong(Ticket::order).max().orElseThrow();
        HallFixture after = restarted();

        Ticket next = after.issue("tax");

        assertThat(next.number()).isEqualTo(before.issue("tax").number()).isEqualTo("A005");
        assertThat(next.order()).isEqualTo(lastOrder + 1);
        assertThat(after.issue("property").number()).isEqualTo("C002");
    }

    @Test
    void dropsWindowsTheHallFileNoLongerHas() {
        morning();
        HallFixture after = new HallFixture(HallFixture.config(Timetable.ALWAYS, null), before.clock);
        List<Counter> counters = new ArrayList<>(before.hall.view().counters());
        counters.add(new Counter("old-9", CounterStatus.OPEN, Set.of("*"), Set.of("*"), null, null, "s01"));

        after.hall.restore(before.hall.tickets(), counters, null);

        assertThat(after.hall.view().counters()).extracting(Counter::id).containsExactly("1", "2", "3", "4");
    }
}
