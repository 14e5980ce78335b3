package org.onewindow.hall;

import java.util.Locale;

/** What a staff member may do: each role includes the ones below it. */
public enum Role {
    STAFF, MANAGER, ADMIN;

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromWire(String text) {
        for (Role role : values()) {
            if (role.wire().equals(text)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + text + "' (staff, manager or admin)");
    }
}
