package org.onewindow.hall;

import java.util.List;
import java.util.OptionalInt;

/**
 * A matter visitors come for, as the hall file declares it.
 *
 * @param averageMinutes prior for wait estimates until history exists
 * @param dailyQuota     tickets per day, or null for no limit
 * @param materials      the one-time notification list (一次性告知)
 * @param department     the department or theme the kiosk groups it under, or null
 * @param pinyin         initials a visitor types to find it on the kiosk ("qykb" for 企业开办), or null
 */
public record ServiceSpec(String id, String prefix, LocalText name, double averageMinutes,
                          Integer dailyQuota, List<LocalText> materials, LocalText department, String pinyin) {
    public ServiceSpec {
        materials = List.copyOf(materials);
    }

    public ServiceSpec(String id, String prefix, LocalText name, double averageMinutes, Integer dailyQuota,
                       List<LocalText> materials) {
        this(id, prefix, name, averageMinutes, dailyQuota, materials, null, null);
    }

    public OptionalInt quota() {
        return dailyQuota == null ? OptionalInt.empty() : OptionalInt.of(dailyQuota);
    }
}
