package org.onewindow.hall;

import java.util.List;

/**
 * How the hub routes tickets, from the hall file's optional {@code routing} section.
 *
 * @param policy         a routing policy name (balanced, fifo)
 * @param backupSlowdown how much longer a window takes for a matter outside its own profile
 * @param advisor        the advisor advisor's thresholds and its optional auto mode
 */
public record RoutingSettings(String policy, double backupSlowdown, AdvisorSettings advisor) {
    /** The policy names a hall file may name; the routing package builds them (a test keeps the two in step). */
    public static final List<String> POLICIES = List.of("fifo", "balanced");
    public static final String DEFAULT_POLICY = "balanced";
    public static final double DEFAULT_SLOWDOWN = 1.25;
    public static final RoutingSettings DEFAULT = new RoutingSettings(DEFAULT_POLICY, DEFAULT_SLOWDOWN, AdvisorSettings.DEFAULT);

    /**
     * The advisor: recommends widening a window's profile within its staff's skills.
     *
     * @param minWaitMinutes    a line is worth advice when its predicted mean wait reaches this
     * @param minGainMinutes    a recommendation must cut that line's wait by at least this
     * @param recentMinutes     the arrivals the what-if replays: this many minutes back
     * @param holdMinutes       how long a widened profile lasts before it is put back
     * @param auto              apply the best recommendation without a manager, within the limits below
     * @param everyMinutes      how often auto mode looks
     * @param maxChangesPerHour auto mode changes at most this many profiles in any hour
     */
    public record AdvisorSettings(double minWaitMinutes, double minGainMinutes, int recentMinutes, int holdMinutes,
                                  boolean auto, int everyMinutes, int maxChangesPerHour) {
        public static final AdvisorSettings DEFAULT = new AdvisorSettings(10, 3, 60, 90, false, 10, 2);

        public AdvisorSettings withAuto(boolean on) {
            return new AdvisorSettings(minWaitMinutes, minGainMinutes, recentMinutes, holdMinutes, on, everyMinutes,
                    maxChangesPerHour);
        }
    }
}
