package org.onewindow.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.StaffSpec;

/**
 * Staff log-ins: password check against the hall file's hashes and random bearer tokens that expire.
 * Tokens live in memory; after a hub restart staff log in again.
 */
public final class Sessions {
    public static final Duration DEFAULT_TTL = Duration.ofHours(12);

    /**
     * A real hash of a random password: what an unknown staff id is checked against. Made when first needed
     * or by {@link #prepare}, not when the class loads: the hub builds its routes on the event loop, and 210,000
     * rounds there held the start up by a third of a second or more.
     */
    private static final class UnknownStaff {
        static final String HASH = PasswordHash.hash(java.util.UUID.randomUUID().toString().toCharArray());
    }

    private final HallConfig config;
    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byToken = new ConcurrentHashMap<>();

    public Sessions(HallConfig config, Clock clock, Duration ttl) {
        this.config = config;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Makes the unknown-staff hash now. Slow: the hub calls it on a worker as it starts, so no sign-in waits for it. */
    public static void prepare() {
        UnknownStaff.HASH.length();
    }

    /**
     * Slow on purpose (key stretching): call it off the event loop. An unknown id takes as long as a
     * wrong password, so the answer's timing does not tell which staff ids exist.
     */
    public Optional<Session> login(String staffId, char[] password) {
        Optional<StaffSpec> staff = config.staffMember(staffId);
        boolean verified = PasswordHash.verify(password, staff.map(StaffSpec::passwordHash).orElse(UnknownStaff.HASH));
        if (staff.isEmpty() || !verified) {
            return Optional.empty();
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Session session = new Session(token, staffId, staff.get().role(), clock.instant().plus(ttl));
        byToken.put(token, session);
        return Optional.of(session);
    }

    public Optional<Session> find(String token) {
        Session session = token == null ? null : byToken.get(token);
        if (session == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(session.expiresAt())) {
            byToken.remove(token);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    public void logout(String token) {
        byToken.remove(token);
    }
}
