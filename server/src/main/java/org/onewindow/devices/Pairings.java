package org.onewindow.devices;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Pairing requests in memory: a device asks, shows a six-digit code, and polls; a manager who reads the
 * code off the device approves it. A hub restart forgets pending requests (devices simply ask again);
 * what pairing produced, the device token, is stored by the caller.
 *
 * <p>Thread-safe: requests arrive on the event loop, approvals run on the hall desk's thread.
 */
public final class Pairings {
    public static final Duration LIFETIME = Duration.ofMinutes(10);
    /** Settled requests stay readable this long, so a device polling slowly still hears the outcome. */
    static final Duration KEEP_SETTLED = Duration.ofMinutes(10);
    static final int MAX_OPEN = 50;
    static final int MAX_WRONG_CODES = 5;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pairing> byId = new LinkedHashMap<>();

    public Pairings(Clock clock) {
        this.clock = clock;
    }

    /** A new request, or empty when too many are open (a flood from the hall's Wi-Fi). */
    public synchronized Optional<Pairing> request(DeviceKind kind, String name, String address) {
        Instant now = clock.instant();
        forgetOld(now);
        if (byId.values().stream().filter(p -> p.status() == Pairing.Status.PENDING).count() >= MAX_OPEN) {
            return Optional.empty();
        }
        String code = String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
        Pairing pairing = new Pairing(randomId(), kind, name, address, now, now.plus(LIFETIME), code,
                Pairing.Status.PENDING, null, null, 0);
        byId.put(pairing.id(), pairing);
        return Optional.of(pairing);
    }

    /** The request as it stands (expired when its time is up), without handing out a token. */
    public synchronized Optional<Pairing> find(String id) {
        forgetOld(clock.instant());
        return Optional.ofNullable(byId.get(id)).map(this::current);
    }

    /**
     * What the device hears when it polls: once approved, the first poll carries the token and the
     * hub forgets it, so no later poll (or eavesdropper who learns the id) gets it again.
     */
    public synchronized Optional<Pairing> poll(String id) {
        Optional<Pairing> found = find(id);
        found.filter(p -> p.token() != null).ifPresent(p -> byId.put(id, p.with(p.status(), p.device(), null, p.wrongCodes())));
        return found;
    }

    /** Requests a manager may still approve, oldest first. */
    public synchronized List<Pairing> pending() {
        forgetOld(clock.instant());
        List<Pairing> pending = new ArrayList<>();
        for (Pairing p : byId.values()) {
            if (current(p).status() == Pairing.Status.PENDING) {
                pending.add(p);
            }
        }
        return pending;
    }

    /**
     * Checks that the request is pending and the code is the one the device shows. A wrong code counts;
     * after {@link #MAX_WRONG_CODES} the request is refused, so the six digits cannot be tried through.
     */
    public synchronized Pairing check(String id, String code) {
        Pairing pairing = find(id).orElseThrow(() -> new PairingException(PairingException.Reason.UNKNOWN_PAIRING,
                "no pairing request '" + id + "' (it may have expired: the device asks again by itself)"));
        if (pairing.status() != Pairing.Status.PENDING) {
            throw new PairingException(PairingException.Reason.PAIRING_SETTLED, "this pairing request is " + pairing.status().wire());
        }
        if (code == null || !MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8), pairing.code().getBytes(StandardCharsets.UTF_8))) {
            int wrong = pairing.wrongCodes() + 1;
            Pairing.Status status = wrong >= MAX_WRONG_CODES ? Pairing.Status.REFUSED : Pairing.Status.PENDING;
            byId.put(id, pairing.with(status, null, null, wrong));
            throw new PairingException(PairingException.Reason.BAD_PAIRING_CODE, status == Pairing.Status.REFUSED
                    ? "wrong code " + wrong + " times: this request is refused; the device will show a new code"
                    : "that is not the code the device shows (" + (MAX_WRONG_CODES - wrong) + " tries left)");
        }
        return pairing;
    }

    /** The manager approved (after the token was stored): the device's next poll collects the token. */
    public synchronized void approved(String id, String deviceId, String token) {
        Pairing pairing = byId.get(id);
        if (pairing != null) {
            byId.put(id, pairing.with(Pairing.Status.APPROVED, deviceId, token, pairing.wrongCodes()));
        }
    }

    public synchronized Pairing refuse(String id) {
        Pairing pairing = find(id).filter(p -> p.status() == Pairing.Status.PENDING)
                .orElseThrow(() -> new PairingException(PairingException.Reason.UNKNOWN_PAIRING, "no pending pairing request '" + id + "'"));
        Pairing refused = pairing.with(Pairing.Status.REFUSED, null, null, pairing.wrongCodes());
        byId.put(id, refused);
        return refused;
    }

    private Pairing current(Pairing p) {
        boolean expired = p.status() == Pairing.Status.PENDING && !clock.instant().isBefore(p.expiresAt());
        return expired ? p.with(Pairing.Status.EXPIRED, null, null, p.wrongCodes()) : p;
    }

    private void forgetOld(Instant now) {
        for (Iterator<Pairing> it = byId.values().iterator(); it.hasNext(); ) {
            if (now.isAfter(it.next().expiresAt().plus(KEEP_SETTLED))) {
                it.remove();
            }
        }
    }

    private String randomId() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
