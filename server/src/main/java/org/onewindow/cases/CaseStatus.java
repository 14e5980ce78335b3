package org.onewindow.cases;

import java.util.Locale;

/** Where a case stands: open, overdue (a due date passed without its step) or closed. */
public enum CaseStatus {
    OPEN, OVERDUE, CLOSED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CaseStatus fromWire(String text) {
        for (CaseStatus status : values()) {
            if (status.wire().equals(text)) {
                return status;
            }
        }
        throw new IllegalArgumentException("status must be open, overdue or closed, got '" + text + "'");
    }
}
