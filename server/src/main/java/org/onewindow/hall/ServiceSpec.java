package org.onewindow.hall;

import java.util.List;
import java.util.OptionalInt;

/**
 * A matter visitors come for, as the hall file declares it.
 *
 * @param averageMinutes prior for wait estimates until history exists
 * @param dailyQuota     tickets per day, or null for no limit
 * @param materials      the one-time notification list (一次性告知)
 * @param department     the department (部门) that approves it: reports by department, and the kiosk's
 *                       first level of choice; null when not given
 * @param pinyin         initials a visitor types to find it on the kiosk ("qykb" for 企业开办), or null
 */
public record ServiceSpec(String id, String prefix, LocalText name, double averageMinutes,
                          Integer dailyQuota, List<LocalText> materials, LocalText department, String pinyin) {
    public ServiceSpec {
        materials = List.copyOf(materials);
    }

    /** A service with no department named. */
    public ServiceSpec(String id, String prefix, LocalText name, double averageMinutes,
                       Integer dailyQuota, List<LocalText> materials) {
        this(id, prefix, name, averageMinutes, dailyQuota, materials, null, null);
    }

    /** A service with its department and no pinyin initials. */
    public ServiceSpec(String id, String prefix, LocalText name, double averageMinutes,
                       Integer dailyQuota, List<LocalText> materials, LocalText department) {
        this(id, prefix, name, averageMinutes, dailyQuota, materials, department, null);
    }

    public OptionalInt quota() {
        return dailyQuota == null ? OptionalInt.empty() : OptionalInt.of(dailyQuota);
    }
}
