package org.onewindow.tickets;

import java.security.SecureRandom;
import java.util.function.Supplier;

/**
 * Ticket ids for URLs and QR codes: 12 random characters, unguessable, because a ticket's id is all
 * a phone needs to follow or cancel it. No look-alike characters (0/o, 1/l) for people who type them.
 */
public final class RandomTicketIds implements Supplier<String> {
    private static final char[] ALPHABET = "23456789abcdefghijkmnpqrstuvwxyz".toCharArray();
    private static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String get() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
