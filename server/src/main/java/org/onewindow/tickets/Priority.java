package org.onewindow.tickets;

import java.util.Locale;

/** Priority tickets (绿色通道: elderly, disabled, pregnant visitors) are called before normal ones. */
public enum Priority {
    PRIORITY, NORMAL;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Priority fromWire(String text) {
        return Wire.parse(Priority.class, text);
    }
}
