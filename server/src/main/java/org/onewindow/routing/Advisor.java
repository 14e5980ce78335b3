package org.onewindow.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.HallView;

/**
 * Recommends widening window profiles within staff skills where one line waits much longer than
 * the hall: for each line whose predicted mean wait is at least {@code minWaitMinutes} and 20%
 * above the hall's, every open window trained for it but not serving it is tried, and the changes
 * the {@link WhatIf} predicts to cut that line's wait by at least {@code minGainMinutes}, without
 * making the hall as a whole wait longer, are returned, best first.
 *
 * <p>Plain Java on purpose: the HTTP layer lists and applies these, auditing each
 * ({@code Hall.changeProfile}); an auto mode may apply the best one within its limits.
 */
public final class Advisor {
    /** A line is worth advice when it waits this much longer than the hall on average. */
    static final double ABOVE_HALL = 1.2;

    private final WhatIf whatIf;
    private final double minWaitMinutes;
    private final double minGainMinutes;

    public Advisor(WhatIf whatIf, double minWaitMinutes, double minGainMinutes) {
        this.whatIf = whatIf;
        this.minWaitMinutes = minWaitMinutes;
        this.minGainMinutes = minGainMinutes;
    }

    public Advisor(WhatIf whatIf) {
        this(whatIf, 10, 3);
    }

    public List<Advice> advise(HallView hall) {
        Map<String, Double> before = whatIf.meanWaits(Map.of());
        double hallBefore = before.getOrDefault(WhatIf.HALL, 0.0);
        List<Advice> advice = new ArrayList<>();
        for (ServiceSpec service : hall.config().services()) {
            double lineBefore = before.getOrDefault(service.id(), 0.0);
            if (lineBefore < minWaitMinutes || lineBefore < ABOVE_HALL * hallBefore) {
                continue;
            }
            for (Counter counter : hall.counters()) {
                if (!counter.isOpen() || counter.serves(service.id()) || !counter.canServe(service.id())) {
                    continue;
                }
                Set<String> widened = new LinkedHashSet<>(counter.profile());
                widened.add(service.id());
                Map<String, Double> after = whatIf.meanWaits(Map.of(counter.id(), widened));
                double lineAfter = after.getOrDefault(service.id(), 0.0);
                double hallAfter = after.getOrDefault(WhatIf.HALL, 0.0);
                if (lineBefore - lineAfter >= minGainMinutes && hallAfter <= hallBefore) {
                    advice.add(new Advice(counter.id() + "+" + service.id(), counter.id(), Set.of(service.id()),
                            service.id(), lineBefore, lineAfter, hallBefore, hallAfter));
                }
            }
        }
        advice.sort(Comparator.comparingDouble((Advice a) -> a.hallWaitAfter() - a.hallWaitBefore())
                .thenComparingDouble(a -> a.waitAfter() - a.waitBefore()));
        return advice;
    }
}
