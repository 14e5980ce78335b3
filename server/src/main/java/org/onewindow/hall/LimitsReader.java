package org.onewindow.hall;

import java.util.List;

/** Reads the optional {@code limits} section: {@code {ticketsPerAddressPerMinute: 6}}. */
final class LimitsReader {
    static final String SECTION = "limits";

    private LimitsReader() {
    }

    static Limits limits(YamlNode node) {
        node.expectKeys(List.of(), List.of("ticketsPerAddressPerMinute"));
        int perMinute = node.find("ticketsPerAddressPerMinute").map(LimitsReader::positive)
                .orElse(Limits.DEFAULT_TICKETS_PER_ADDRESS_PER_MINUTE);
        return new Limits(perMinute);
    }

    private static int positive(YamlNode node) {
        int value = node.integer();
        if (value < 1) {
            throw node.problem("'" + node.name() + "' must be a whole number of at least 1");
        }
        return value;
    }
}
