package org.onewindow.tickets;

import java.util.Locale;

/** waiting → called → completed | no_show; a waiting ticket may be cancelled. */
public enum TicketStatus {
    WAITING, CALLED, COMPLETED, NO_SHOW, CANCELLED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TicketStatus fromWire(String text) {
        return Wire.parse(TicketStatus.class, text);
    }

    public boolean isFinished() {
        return this == COMPLETED || this == NO_SHOW || this == CANCELLED;
    }
}
