package org.onewindow.cases;

/** A step the case's rules do not allow now. */
public final class CaseException extends RuntimeException {
    private final CaseRefusal refusal;

    public CaseException(CaseRefusal refusal, String message) {
        super(message, null, false, false);
        this.refusal = refusal;
    }

    public CaseRefusal refusal() {
        return refusal;
    }
}
