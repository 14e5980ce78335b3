package org.onewindow.cases;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** The monthly assessment's 逾期 figure: per window, the month's cases that ran late ({@link Case#ranLate}). */
public final class LateCases {
    private LateCases() {
    }

    public static Map<String, Integer> perWindow(Collection<Case> opened, Instant now, ZoneId zone) {
        Map<String, Integer> late = new TreeMap<>();
        for (Case c : opened) {
            if (c.counter() != null && c.ranLate(now, zone)) {
                late.merge(c.counter(), 1, Integer::sum);
            }
        }
        return late;
    }
}
