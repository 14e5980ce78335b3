package org.onewindow.routing;

import java.util.SplittableRandom;
import org.onewindow.hall.ServiceSpec;

/** How long calls hold a window, at full speed: expected when random is null, else one plausible draw. */
interface Pace {
    double hold(ServiceSpec service, SplittableRandom random);

    /** What is left of a call that has lasted {@code elapsed} minutes (at full speed). */
    double remaining(ServiceSpec service, double elapsed, SplittableRandom random);

    /**
     * The pace one of a play's futures draws from: its draws stratified with the other futures' ({@link Strata}).
     * A pace with nothing to stratify is the same pace.
     */
    default Pace inFuture(Strata strata, int future) {
        return this;
    }
}
