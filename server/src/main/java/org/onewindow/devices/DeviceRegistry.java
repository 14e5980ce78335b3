package org.onewindow.devices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.onewindow.hall.DeviceSpecs;

/**
 * The hall's devices as the hub knows them now: which are paired (by token hash), when each was last
 * heard from. Only devices the hall file declares can be paired or authenticate; a device removed from
 * the file loses its pairing at the next start.
 *
 * <p>Thread-safe: tokens are checked on the event loop, pairings change on the hall desk's thread.
 */
public final class DeviceRegistry {
    /** A device that called within this is online; paired pages check in every 30 s. */
    public static final Duration ONLINE_WITHIN = Duration.ofSeconds(90);

    private final DeviceSpecs specs;
    private final Clock clock;
    private final Map<String, String> deviceByHash = new ConcurrentHashMap<>();
    private final Map<String, String> hashByDevice = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();
    private volatile PrinterWatch printers = PrinterWatch.NONE;

    /** @param stored device id → token hash, as the store kept them */
    public DeviceRegistry(DeviceSpecs specs, Clock clock, Map<String, String> stored) {
        this.specs = specs;
        this.clock = clock;
        stored.forEach((device, hash) -> {
            if (specs.device(device).isPresent()) {
                paired(device, hash);
            }
        });
    }

    /** Where printer states come from: the hub's printer fleet once it runs. */
    public void watchPrinters(PrinterWatch watch) {
        this.printers = watch;
    }

    public DeviceSpecs specs() {
        return specs;
    }

    /** The paired device this token belongs to, marked as seen now; empty for an unknown or revoked token. */
    public Optional<DeviceSpecs.Device> authenticate(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Optional<DeviceSpecs.Device> device = Optional.ofNullable(deviceByHash.get(DeviceTokens.hash(token)))
                .flatMap(specs::device);
        device.ifPresent(d -> lastSeen.put(d.id(), clock.instant()));
        return device;
    }

    /** Whether this token is a paired kiosk's or agent's: they take tickets without the per-address limit. */
    public boolean issuesUnlimited(String token) {
        return authenticate(token).filter(d -> d.kind().equals(DeviceKind.KIOSK.wire()) || d.kind().equals(DeviceKind.AGENT.wire()))
                .isPresent();
    }

    /** The declared device a manager may pair a request of this kind with. */
    public DeviceSpecs.Device pairable(String deviceId, DeviceKind kind) {
        DeviceSpecs.Device device = specs.device(deviceId).orElseThrow(() -> new PairingException(
                PairingException.Reason.UNKNOWN_DEVICE, "the hall file declares no device '" + deviceId + "'"));
        if (!device.kind().equals(kind.wire())) {
            throw new PairingException(PairingException.Reason.WRONG_DEVICE_KIND, "device '" + deviceId + "' is a "
                    + device.kind() + ", but this request comes from a " + kind.wire());
        }
        return device;
    }

    /** A new pairing replaces the device's old token, which stops working at once. */
    public void paired(String deviceId, String tokenHash) {
        revoked(deviceId);
        hashByDevice.put(deviceId, tokenHash);
        deviceByHash.put(tokenHash, deviceId);
    }

    public void revoked(String deviceId) {
        String old = hashByDevice.remove(deviceId);
        if (old != null) {
            deviceByHash.remove(old);
        }
    }

    public boolean isPaired(String deviceId) {
        return hashByDevice.containsKey(deviceId);
    }

    /** Every declared device and printer as the manager's device panel shows it. */
    public List<DeviceStatus> statuses() {
        Instant now = clock.instant();
        List<DeviceStatus> statuses = new ArrayList<>();
        specs.pairable().forEach(d -> {
            Instant seen = lastSeen.get(d.id());
            boolean online = isPaired(d.id()) && seen != null && Duration.between(seen, now).compareTo(ONLINE_WITHIN) <= 0;
            statuses.add(new DeviceStatus(d.id(), d.kind(), d.name(), d.counter(), d.printer(), isPaired(d.id()),
                    online, seen, online ? "ok" : "offline", null));
        });
        specs.printers().forEach(p -> {
            PrinterWatch.State state = printers.state(p.id()).orElse(new PrinterWatch.State("offline", "not-monitored", null));
            statuses.add(new DeviceStatus(p.id(), "printer", null, null, null, false,
                    !"offline".equals(state.status()), state.lastSeen(), state.status(), state.fault()));
        });
        return statuses;
    }
}
