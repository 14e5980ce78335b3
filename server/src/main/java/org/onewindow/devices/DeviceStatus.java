package org.onewindow.devices;

import java.time.Instant;
import org.onewindow.hall.LocalText;

/** One row of GET /api/v1/devices (CONTRACT §6). */
public record DeviceStatus(String id, String kind, LocalText name, String counter, String printer, boolean paired,
                           boolean online, Instant lastSeen, String status, String fault) {
}
