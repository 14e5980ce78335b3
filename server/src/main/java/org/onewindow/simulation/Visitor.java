package org.onewindow.simulation;

import java.time.Instant;
import org.onewindow.tickets.Priority;

/**
 * One simulated visitor, drawn once and replayed identically for every policy and the pooled twin.
 *
 * @param minutes service time at a window whose profile has the service
 * @param noShow  whether nobody answers the call
 */
public record Visitor(Instant at, String service, Priority priority, double minutes, boolean noShow) {
    /** How long the window is held: the no-show wait, or the service time (slowed when outside its profile). */
    public double holdMinutes(Workload.NoShow noShows, double slowdown) {
        return noShow ? noShows.waitMinutes() : minutes * slowdown;
    }
}
