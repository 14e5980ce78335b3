package org.onewindow.tickets;

import java.util.Locale;

/** Only an open window calls tickets; a paused one finishes its current visitor. */
public enum CounterStatus {
    OPEN, PAUSED, CLOSED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CounterStatus fromWire(String text) {
        return Wire.parse(CounterStatus.class, text);
    }
}
