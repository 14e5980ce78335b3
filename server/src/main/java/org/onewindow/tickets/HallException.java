package org.onewindow.tickets;

/** A command the hall refuses, with a code for machines and a message for people. */
public final class HallException extends RuntimeException {
    private final Refusal refusal;

    public HallException(Refusal refusal, String message) {
        super(message, null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
