package org.onewindow.api;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.onewindow.devices.DeviceKind;
import org.onewindow.devices.DeviceRegistry;
import org.onewindow.hall.DeviceSpecs;

/** Recognises paired devices by their bearer token (CONTRACT §6); a revoked token is refused at once. */
final class DeviceAuth {
    private static final String DEVICE = "onewindow.device";
    private static final String NONE = "onewindow.device.none";

    private final DeviceRegistry registry;

    DeviceAuth(DeviceRegistry registry) {
        this.registry = registry;
    }

    /** The paired device making this request, if any (looked up once per request). */
    Optional<DeviceSpecs.Device> of(RoutingContext ctx) {
        DeviceSpecs.Device known = ctx.get(DEVICE);
        if (known != null || ctx.get(NONE) != null) {
            return Optional.ofNullable(known);
        }
        Optional<DeviceSpecs.Device> device = registry.authenticate(StaffAuth.bearer(ctx));
        ctx.put(device.isPresent() ? DEVICE : NONE, device.isPresent() ? device.get() : Boolean.TRUE);
        return device;
    }

    /** Whether a paired device of one of these kinds makes the request. */
    boolean is(RoutingContext ctx, DeviceKind... kinds) {
        return of(ctx).filter(d -> java.util.Arrays.stream(kinds).anyMatch(k -> k.wire().equals(d.kind()))).isPresent();
    }

    /** Routes only a paired device may use: 401 DEVICE_NOT_PAIRED otherwise, which tells a page to pair again. */
    Handler<RoutingContext> require() {
        return ctx -> {
            if (of(ctx).isPresent()) {
                ctx.next();
            } else {
                ErrorReplies.send(ctx, 401, "DEVICE_NOT_PAIRED",
                        "this device is not paired with the hub, or its pairing was revoked: pair it again");
            }
        };
    }

    static DeviceSpecs.Device device(RoutingContext ctx) {
        return ctx.get(DEVICE);
    }
}
