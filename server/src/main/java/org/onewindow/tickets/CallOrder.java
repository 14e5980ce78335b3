package org.onewindow.tickets;

import java.util.Comparator;

/** The order in which one window calls the tickets it serves: priority class first, then oldest. */
public final class CallOrder {
    public static final Comparator<Ticket> PRIORITY_THEN_OLDEST =
            Comparator.comparing(Ticket::priority).thenComparingLong(Ticket::order);

    private CallOrder() {
    }
}
