package org.onewindow.devices;

import java.time.Instant;

/**
 * One device's request to pair, as the hub keeps it while a manager decides.
 *
 * @param code       the six digits the device shows; the manager types them, so approving proves
 *                   the manager can see the device
 * @param address    the network address the request came from, shown to the manager
 * @param device     the hall file's device it became, once approved
 * @param token      the device's token, held only until the device's next poll collects it
 * @param wrongCodes approvals refused for a wrong code; too many refuse the pairing
 */
public record Pairing(String id, DeviceKind kind, String name, String address, Instant requestedAt,
                      Instant expiresAt, String code, Status status, String device, String token, int wrongCodes) {
    public enum Status {
        PENDING, APPROVED, REFUSED, EXPIRED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    Pairing with(Status next, String deviceId, String newToken, int wrong) {
        return new Pairing(id, kind, name, address, requestedAt, expiresAt, code, next, deviceId, newToken, wrong);
    }
}
