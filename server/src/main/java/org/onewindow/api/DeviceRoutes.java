package org.onewindow.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import org.onewindow.devices.DeviceAudit;
import org.onewindow.devices.DeviceKind;
import org.onewindow.devices.DeviceRegistry;
import org.onewindow.devices.DeviceStatus;
import org.onewindow.devices.printing.PrinterFleet;
import org.onewindow.hall.DeviceSpecs;
import org.onewindow.hall.Role;
import org.onewindow.hub.HallDesk;

/** The hall's devices: the manager's list and revocation; a paired device's view of itself and its prompt. */
final class DeviceRoutes {
    private final HallDesk desk;
    private final DeviceRegistry registry;
    private final StaffAuth auth;
    private final DeviceAuth devices;
    private final ZoneId zone;
    private final PrinterFleet printers;

    DeviceRoutes(HallDesk desk, DeviceRegistry registry, StaffAuth auth, DeviceAuth devices, PrinterFleet printers) {
        this.printers = printers;
        this.desk = desk;
        this.registry = registry;
        this.auth = auth;
        this.devices = devices;
        this.zone = desk.config().timezone();
    }

    void mount(Router api) {
        api.get("/devices").handler(auth.require(Role.MANAGER)).handler(this::list);
        api.get("/devices/me").handler(devices.require()).handler(this::me);
        api.get("/devices/me/prompt").handler(devices.require()).handler(this::prompt);
        api.delete("/devices/:id/pairing").handler(auth.require(Role.MANAGER)).handler(this::revoke);
        api.post("/devices/:id/test-print").handler(auth.require(Role.MANAGER)).handler(this::testPrint);
    }

    private void list(RoutingContext ctx) {
        JsonArray list = new JsonArray();
        for (DeviceStatus d : registry.statuses()) {
            list.add(new JsonObject().put("id", d.id()).put("kind", d.kind()).put("name", Views.text(d.name()))
                    .put("counter", d.counter()).put("printer", d.printer()).put("paired", d.paired())
                    .put("online", d.online()).put("lastSeen", Views.time(d.lastSeen(), zone))
                    .put("status", d.status()).put("fault", d.fault()));
        }
        Replies.send(ctx, 200, new JsonObject().put("devices", list));
    }

    /** A paired page checks in with this every half minute: it keeps the device online and hears of a revocation. */
    private void me(RoutingContext ctx) {
        DeviceSpecs.Device device = DeviceAuth.device(ctx);
        Replies.send(ctx, 200, new JsonObject().put("id", device.id()).put("kind", device.kind())
                .put("name", Views.text(device.name())).put("counter", device.counter()).put("printer", device.printer()));
    }

    /** What a pad shows: the visitor at its window who may rate now (RatingPrompt), or nobody. */
    private void prompt(RoutingContext ctx) {
        DeviceSpecs.Device device = DeviceAuth.device(ctx);
        if (!DeviceKind.PAD.wire().equals(device.kind()) && !DeviceKind.AGENT.wire().equals(device.kind())) {
            throw new ApiException(403, "FORBIDDEN", "only a rating pad has a rating prompt");
        }
        Replies.json(ctx, 200, desk.read(hall -> {
            JsonObject answer = new JsonObject().put("counter", device.counter());
            hall.ratingPrompt(device.counter()).ifPresent(open -> answer
                    .put("ticket", TicketView.brief(open.ticket(), hall.view().config()))
                    .put("endsAt", Views.time(open.endsAt(), zone))
                    .put("endsInSeconds", java.time.Duration.between(hall.view().now(), open.endsAt()).toSeconds()));
            return answer;
        }));
    }

    /** The manager's "打印测试页": proves a new or refilled printer prints text, the QR and the cut. */
    private void testPrint(RoutingContext ctx) {
        JsonBody.of(ctx);
        String id = ctx.pathParam("id");
        if (!printers.has(id)) {
            throw new ApiException(404, "UNKNOWN_PRINTER", "the hall file declares no printer '" + id + "'");
        }
        printers.testPage(id)
                .onSuccess(outcome -> Replies.send(ctx, 200, new JsonObject().put("printer", id).put("print", outcome.toJson())))
                .onFailure(failure -> ErrorReplies.send(ctx, failure));
    }

    private void revoke(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        String manager = StaffAuth.session(ctx).staff();
        desk.query((hall, store) -> {
            DeviceSpecs.Device device = registry.specs().device(id).orElseThrow(() ->
                    new ApiException(404, "UNKNOWN_DEVICE", "the hall file declares no device '" + id + "'"));
            if (registry.isPaired(id)) {
                store.record(new DeviceAudit(DeviceAudit.Kind.DEVICE_REVOKED, hall.view().now(), manager, id,
                        DeviceKind.fromWire(device.kind()).orElse(null), null, null, null));
                registry.revoked(id);
            }
            return id;
        }).onSuccess(revoked -> ctx.response().setStatusCode(204).end()).onFailure(failure -> ErrorReplies.send(ctx, failure));
    }
}
