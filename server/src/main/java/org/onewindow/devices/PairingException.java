package org.onewindow.devices;

/** Why a pairing step was refused; the API turns the reason into a 4xx with the same code. */
public final class PairingException extends RuntimeException {
    public enum Reason { UNKNOWN_PAIRING, PAIRING_SETTLED, BAD_PAIRING_CODE, UNKNOWN_DEVICE, WRONG_DEVICE_KIND }

    private final Reason reason;

    public PairingException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
