package org.onewindow.tickets;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Ticket keys: 128 random bits, URL-safe (22 characters). A key travels in the ticket's QR code and
 * live-page address, so it must be unguessable where the ticket id (shown on boards) is not secret.
 */
public final class TicketKeys implements Supplier<String> {
    private static final int BYTES = 16;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String get() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
