package org.onewindow.tickets;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lower-snake wire names for the domain's enums ("no_show", "priority"). */
final class Wire {
    private Wire() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        for (E value : type.getEnumConstants()) {
            if (value.name().toLowerCase(Locale.ROOT).equals(text)) {
                return value;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(v -> v.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException("'" + text + "' is not one of " + allowed);
    }
}
