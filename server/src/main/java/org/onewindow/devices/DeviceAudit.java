package org.onewindow.devices;

import java.time.Instant;

/**
 * A manager's decision about a device, kept in the hall's event log beside the ticket events.
 *
 * @param tokenHash the new token's hash for {@link Kind#DEVICE_PAIRED}, else null; never the token
 */
public record DeviceAudit(Kind kind, Instant at, String actor, String device, DeviceKind deviceKind,
                          String pairing, String address, String tokenHash) {
    public enum Kind { DEVICE_PAIRED, DEVICE_REVOKED, PAIRING_REFUSED }
}
