package org.onewindow.devices.printing;

import io.vertx.core.json.JsonObject;
import org.onewindow.hardware.escpos.PrinterFault;

/** The {@code print} field of a ticket's 201 answer (CONTRACT §7). */
public record PrintOutcome(Status status, PrinterFault fault) {
    public enum Status { PRINTED, QUEUED, FAILED }

    public static final PrintOutcome PRINTED = new PrintOutcome(Status.PRINTED, null);
    public static final PrintOutcome QUEUED = new PrintOutcome(Status.QUEUED, null);

    public static PrintOutcome failed(PrinterFault fault) {
        return new PrintOutcome(Status.FAILED, fault);
    }

    public JsonObject toJson() {
        JsonObject json = new JsonObject().put("status", status.name().toLowerCase(java.util.Locale.ROOT));
        if (fault != null) {
            json.put("fault", fault.wire()).put("faultText", new JsonObject().put("zh", fault.zh()).put("en", fault.en()));
        }
        return json;
    }
}
