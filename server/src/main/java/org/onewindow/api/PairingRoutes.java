package org.onewindow.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import org.onewindow.devices.DeviceAudit;
import org.onewindow.devices.DeviceKind;
import org.onewindow.devices.DeviceRegistry;
import org.onewindow.devices.DeviceTokens;
import org.onewindow.devices.Pairing;
import org.onewindow.devices.Pairings;
import org.onewindow.hall.DeviceSpecs;
import org.onewindow.hall.Role;
import org.onewindow.hub.HallDesk;

/**
 * Pairing (CONTRACT §6): a device asks and shows a code; a manager who reads the code off the device
 * approves it; the device's next poll collects its token.
 */
final class PairingRoutes {
    private static final int MAX_NAME = 80;

    private final HallDesk desk;
    private final Pairings pairings;
    private final DeviceRegistry registry;
    private final StaffAuth auth;
    private final ZoneId zone;

    PairingRoutes(HallDesk desk, Pairings pairings, DeviceRegistry registry, StaffAuth auth) {
        this.desk = desk;
        this.pairings = pairings;
        this.registry = registry;
        this.auth = auth;
        this.zone = desk.config().timezone();
    }

    void mount(Router api) {
        api.post("/pairings").handler(this::request);
        api.get("/pairings").handler(auth.require(Role.MANAGER)).handler(this::pending);
        api.get("/pairings/:id").handler(this::poll);
        api.post("/pairings/:id/approve").handler(auth.require(Role.MANAGER)).handler(this::approve);
        api.post("/pairings/:id/refuse").handler(auth.require(Role.MANAGER)).handler(this::refuse);
    }

    private void request(RoutingContext ctx) {
        JsonBody body = JsonBody.of(ctx, "kind", "name");
        DeviceKind kind = DeviceKind.fromWire(body.oneOf("kind", null, "kiosk", "pad", "agent"))
                .orElseThrow(() -> ApiException.badRequest("'kind' is required: kiosk, pad or agent"));
        String name = body.optionalString("name", null);
        if (name != null && name.length() > MAX_NAME) {
            throw ApiException.badRequest("'name' is at most " + MAX_NAME + " characters");
        }
        Pairing pairing = pairings.request(kind, name, ctx.request().remoteAddress().hostAddress())
                .orElseThrow(() -> new ApiException(429, "TOO_MANY_REQUESTS",
                        "too many devices are waiting to be paired; ask a manager to approve or refuse them"));
        Replies.send(ctx, 201, new JsonObject().put("id", pairing.id()).put("code", pairing.code())
                .put("expiresAt", Views.time(pairing.expiresAt(), zone)));
    }

    private void poll(RoutingContext ctx) {
        Pairing pairing = pairings.poll(ctx.pathParam("id")).orElseThrow(() -> unknown(ctx.pathParam("id")));
        JsonObject answer = new JsonObject().put("id", pairing.id()).put("status", pairing.status().wire());
        if (pairing.token() != null) {
            answer.put("device", pairing.device()).put("token", pairing.token());
        }
        ctx.response().putHeader("Cache-Control", "no-store");
        Replies.send(ctx, 200, answer);
    }

    /** Never the code: the manager must read it off the device, which proves they can see it. */
    private void pending(RoutingContext ctx) {
        JsonArray list = new JsonArray();
        for (Pairing p : pairings.pending()) {
            list.add(new JsonObject().put("id", p.id()).put("kind", p.kind().wire()).put("name", p.name())
                    .put("address", p.address()).put("requestedAt", Views.time(p.requestedAt(), zone))
                    .put("expiresAt", Views.time(p.expiresAt(), zone)));
        }
        Replies.send(ctx, 200, new JsonObject().put("pairings", list));
    }

    private void approve(RoutingContext ctx) {
        JsonBody body = JsonBody.of(ctx, "code", "device");
        String code = body.requiredString("code");
        String deviceId = body.requiredString("device");
        String id = ctx.pathParam("id");
        String manager = StaffAuth.session(ctx).staff();
        // On the desk's thread: the check, the stored token and the log row happen as one step.
        Replies.json(ctx, 200, desk.query((hall, store) -> {
            Pairing pairing = pairings.check(id, code.strip());
            DeviceSpecs.Device device = registry.pairable(deviceId, pairing.kind());
            String token = DeviceTokens.newToken();
            String hash = DeviceTokens.hash(token);
            store.record(new DeviceAudit(DeviceAudit.Kind.DEVICE_PAIRED, hall.view().now(), manager, device.id(),
                    pairing.kind(), pairing.id(), pairing.address(), hash));
            registry.paired(device.id(), hash);
            pairings.approved(pairing.id(), device.id(), token);
            return new JsonObject().put("id", pairing.id()).put("status", Pairing.Status.APPROVED.wire())
                    .put("device", device.id());
        }));
    }

    private void refuse(RoutingContext ctx) {
        JsonBody.of(ctx);
        String id = ctx.pathParam("id");
        String manager = StaffAuth.session(ctx).staff();
        Replies.json(ctx, 200, desk.query((hall, store) -> {
            Pairing pairing = pairings.find(id).filter(p -> p.status() == Pairing.Status.PENDING)
                    .orElseThrow(() -> unknown(id));
            store.record(new DeviceAudit(DeviceAudit.Kind.PAIRING_REFUSED, hall.view().now(), manager, null,
                    pairing.kind(), pairing.id(), pairing.address(), null));
            Pairing refused = pairings.refuse(id);
            return new JsonObject().put("id", refused.id()).put("status", refused.status().wire());
        }));
    }

    private static ApiException unknown(String id) {
        return new ApiException(404, "UNKNOWN_PAIRING", "no pairing request '" + id + "' (it may have expired)");
    }
}
