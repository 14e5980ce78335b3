package org.onewindow.staff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Staff password hashes for the hall file: PBKDF2 with HMAC-SHA256 from the JDK, a random 16-byte
 * salt and 210,000 iterations (the OWASP 2023 figure for this function), written as
 * {@code pbkdf2-sha256$<iterations>$<saltBase64>$<hashBase64>} so the iteration count can grow
 * without breaking hashes already in hall files. Callers own, and should clear, the password arrays.
 */
public final class PasswordHash {
    public static final int ITERATIONS = 210_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** Bounds what a hand-edited hall file can make the hub spend on one login. */
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, ITERATIONS, HASH_BYTES);
        Base64.Encoder base64 = Base64.getEncoder();
        return SCHEME + "$" + ITERATIONS + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** Whether the password matches the encoded hash; false, never an exception, when the hash is malformed. */
    public static boolean verify(char[] password, String encoded) {
        Parsed parsed = Parsed.of(encoded);
        if (parsed == null || password == null) {
            return false;
        }
        byte[] actual = pbkdf2(password, parsed.salt, parsed.iterations, parsed.hash.length);
        return MessageDigest.isEqual(actual, parsed.hash);
    }

    /** Whether the text has the shape of a hash made by {@link #hash}, as opposed to a plain password. */
    public static boolean looksLikeHash(String text) {
        return Parsed.of(text) != null;
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
        static Parsed of(String encoded) {
            if (encoded == null) {
                return null;
            }
            String[] parts = encoded.split("\\$", -1);
            if (parts.length != 4 || !SCHEME.equals(parts[0]) || !parts[1].matches("[1-9][0-9]{0,7}")) {
                return null;
            }
            int iterations = Integer.parseInt(parts[1]);
            try {
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] hash = Base64.getDecoder().decode(parts[3]);
                if (iterations > MAX_ITERATIONS || salt.length < 8 || hash.length < 16 || hash.length > 64) {
                    return null;
                }
                return new Parsed(iterations, salt, hash);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
