package org.onewindow.devices;

import java.time.Instant;
import java.util.Optional;

/** What the hub knows of each network printer's state, for GET /devices. */
public interface PrinterWatch {
    PrinterWatch NONE = id -> Optional.empty();

    /** @param status ok, fault or offline; @param fault paper-out, paper-low, cover-open, offline, or null */
    record State(String status, String fault, Instant lastSeen) {
    }

    Optional<State> state(String printerId);
}
