package org.onewindow.tickets;

import java.util.Locale;

/** Where a ticket was taken. */
public enum Channel {
    KIOSK, MOBILE, STAFF, APPOINTMENT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel fromWire(String text) {
        return Wire.parse(Channel.class, text);
    }
}
