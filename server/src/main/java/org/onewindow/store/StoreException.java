package org.onewindow.store;

/**
 * The store could not do what was asked; nothing of a failed append was kept. Unchecked because the
 * hub cannot recover in place: it refuses the command and reports the message.
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
