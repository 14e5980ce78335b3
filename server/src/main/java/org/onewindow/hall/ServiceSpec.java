package org.onewindow.hall;

import java.util.List;
import java.util.OptionalInt;

/**
 * A matter visitors come for, as the hall file declares it.
 *
 * @param averageMinutes prior for wait estimates until history exists
 * @param dailyQuota     tickets per day, or null for no limit
 * @param materials      the one-time notification list (一次性告知)
 */
public record ServiceSpec(String id, String prefix, LocalText name, double averageMinutes,
                          Integer dailyQuota, List<LocalText> materials) {
    public ServiceSpec {
        materials = List.copyOf(materials);
    }

    public OptionalInt quota() {
        return dailyQuota == null ? OptionalInt.empty() : OptionalInt.of(dailyQuota);
    }
}
