package org.onewindow.floor;

import java.time.Instant;
import java.util.List;
import org.onewindow.tickets.CounterStatus;

/**
 * One window as the hall manager watches it today.
 *
 * @param served        tickets it completed today
 * @param staff         who holds it, or null (a window nobody holds)
 * @param currentNumber the visitor at it now, or null
 * @param visitorSince  when that visitor was called to it, or null
 * @param lastCallAt    its latest call today, or null
 * @param idleSince     for an open window with nobody at it: since when it has been free; null otherwise,
 *                      and null when no call, finish or opening of today is known
 * @param couldTake     the long-waiting lines ({@link LineWait#longest()}) this window can serve while it
 *                      has been idle at least {@link LiveWindows#IDLE_MINUTES}: where a clerk could help
 */
public record WindowNow(String counter, CounterStatus status, String staff, int served, String currentNumber,
                        Instant visitorSince, Instant lastCallAt, Instant idleSince, List<String> couldTake) {
    public WindowNow {
        couldTake = List.copyOf(couldTake);
    }
}
