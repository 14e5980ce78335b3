package org.onewindow.tickets;

import java.time.Instant;

/**
 * A manager stops or restarts ticketing for one matter (a system outage at the department, say), kept
 * in the hall's event log beside the ticket events, so it is audited and survives a restart.
 */
public record TicketingChange(Kind kind, Instant at, String actor, String service) {
    public enum Kind { SERVICE_STOPPED, SERVICE_RESUMED }

    public boolean stops() {
        return kind == Kind.SERVICE_STOPPED;
    }
}
