package org.onewindow.routing;

import java.util.Locale;
import java.util.Set;
import org.onewindow.hall.LocalText;

/**
 * One advisor recommendation: widen a window's profile with services its staff are trained
 * for, with the predicted effect from replaying recent arrivals through the simulator.
 *
 * @param id             stable for the same proposal, so a console can apply it by id
 * @param counter        the window to change
 * @param addServices    services to add to its profile (all within its skills)
 * @param service        the line the change is for
 * @param waitBefore     predicted mean wait of that line without the change, minutes
 * @param waitAfter      the same with the change
 * @param hallWaitBefore predicted mean wait over all tickets without the change
 * @param hallWaitAfter  the same with the change
 */
public record Advice(String id, String counter, Set<String> addServices, String service, double waitBefore,
                     double waitAfter, double hallWaitBefore, double hallWaitAfter) {
    public Advice {
        addServices = Set.copyOf(addServices);
    }

    /** For the manager console, in both languages. */
    public LocalText text(String counterName, String serviceName) {
        return new LocalText(
                String.format(Locale.ROOT, "%s：增加%s — 预计%s平均等候从%.0f分钟降至%.0f分钟", counterName, serviceName,
                        serviceName, waitBefore, waitAfter),
                String.format(Locale.ROOT, "%s: add %s — predicted mean wait for %s from %.0f to %.0f min", counterName,
                        serviceName, serviceName, waitBefore, waitAfter));
    }
}
