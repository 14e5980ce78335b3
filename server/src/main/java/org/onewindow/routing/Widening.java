package org.onewindow.routing;

import java.time.Instant;
import java.util.Set;

/**
 * A window's profile widened on advice, for a while: {@code before} is put back at {@code until}
 * unless someone has changed the profile since.
 */
public record Widening(String counter, String advice, Set<String> before, Set<String> after, Instant until) {
    public Widening {
        before = Set.copyOf(before);
        after = Set.copyOf(after);
    }
}
