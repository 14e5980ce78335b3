package org.onewindow.devices;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What may pair with the hub (CONTRACT §6). Boards and window displays need no pairing. */
public enum DeviceKind {
    /** Issues tickets (unlimited) and prints them on its printer. */
    KIOSK,
    /** Rates the visitors of one window. */
    PAD,
    /** The device agent: buttons, rating keys, lamps and a speaker on GPIO. */
    AGENT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DeviceKind> fromWire(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(wire)).findFirst();
    }
}
