package org.onewindow.tickets;

/**
 * What entitles a caller to act for a visitor on their ticket. The ticket id is public (boards and
 * events show it), so the id alone never does.
 */
public sealed interface Proof {
    /** Whoever holds the ticket's key: the visitor, from the kiosk screen, the printed QR or the phone page. */
    record Key(String key) implements Proof {
    }

    /** Signed-in window staff (they may cancel for a visitor; they may not rate for one). */
    record Staff(String staffId) implements Proof {
    }

    /** The rating pad paired to one window: it rates only the visitor in front of it (see {@link RatingPrompt}). */
    record Pad(String deviceId, String counterId) implements Proof {
    }

    /** Who the audit log names as having acted. */
    default String actor() {
        if (this instanceof Staff staff) {
            return staff.staffId();
        }
        return this instanceof Pad pad ? "device:" + pad.deviceId() : "visitor";
    }
}
