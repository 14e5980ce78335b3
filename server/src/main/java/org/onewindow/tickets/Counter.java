package org.onewindow.tickets;

import java.util.Set;

/**
 * A service window as it stands now.
 *
 * @param profile       services it calls from; "*" = every service
 * @param skills        what its staff can serve; "*" = everything
 * @param currentTicket the ticket it has called and not finished, or null
 * @param lastTicket    the last ticket it finished, for the rating pad, or null
 * @param staff         who holds it: the staff member who opened it (see {@code Holding}), or null
 */
public record Counter(String id, CounterStatus status, Set<String> profile, Set<String> skills,
                      String currentTicket, String lastTicket, String staff) {
    public static final String ALL = "*";

    public Counter {
        profile = Set.copyOf(profile);
        skills = Set.copyOf(skills);
    }

    public boolean serves(String service) {
        return profile.contains(ALL) || profile.contains(service);
    }

    public boolean canServe(String service) {
        return skills.contains(ALL) || skills.contains(service) || serves(service);
    }

    public boolean isOpen() {
        return status == CounterStatus.OPEN;
    }

    public Counter withStatus(CounterStatus next, String staffId) {
        return new Counter(id, next, profile, skills, currentTicket, lastTicket, staffId);
    }

    public Counter withProfile(Set<String> next) {
        return new Counter(id, status, next, skills, currentTicket, lastTicket, staff);
    }

    public Counter serving(String ticketId) {
        return new Counter(id, status, profile, skills, ticketId, lastTicket, staff);
    }

    public Counter done(String ticketId) {
        return new Counter(id, status, profile, skills, null, ticketId, staff);
    }
}
