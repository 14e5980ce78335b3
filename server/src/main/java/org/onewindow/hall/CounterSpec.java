package org.onewindow.hall;

import java.util.Set;

/**
 * A service window as the hall file declares it.
 *
 * @param profile services this window serves; "*" means every service (a comprehensive window)
 * @param skills  what its staff are trained for; advisor may widen the profile within them
 */
public record CounterSpec(String id, LocalText name, Set<String> profile, Set<String> skills) {
    public static final String ALL = "*";

    public CounterSpec {
        profile = Set.copyOf(profile);
        skills = Set.copyOf(skills);
    }
}
