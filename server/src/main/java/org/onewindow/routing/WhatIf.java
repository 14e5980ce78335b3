package org.onewindow.routing;

import java.util.Map;
import java.util.Set;

/**
 * Predicts waits if some windows' profiles were different: the advisor's question to the
 * simulator, kept as an interface so routing does not depend on the simulation package.
 */
public interface WhatIf {
    /** Key of the whole hall's mean wait in {@link #meanWaits}. */
    String HALL = "*";

    /**
     * Mean wait per service (and under {@link #HALL} over all tickets), in minutes, with the given
     * windows' profiles replaced; an empty map predicts the hall as it stands.
     */
    Map<String, Double> meanWaits(Map<String, Set<String>> profiles);
}
