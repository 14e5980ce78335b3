package org.onewindow.api;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.onewindow.hub.HallDesk;
import org.onewindow.devices.DeviceKind;
import org.onewindow.devices.printing.PrintOutcome;
import org.onewindow.devices.printing.PrinterFleet;
import org.onewindow.devices.printing.TicketPrints;
import org.onewindow.hall.DeviceSpecs;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.HallException;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Proof;
import org.onewindow.tickets.Rating;
import org.onewindow.tickets.Refusal;
import org.onewindow.tickets.Ticket;

/** The calls open to kiosks and phones: take, look up, cancel and rate a ticket. */
final class TicketRoutes {
    private static final int MAX_COMMENT = 500;
    private static final int MAX_TAGS = 10;

    private final HallDesk desk;
    private final StaffAuth auth;
    private final DeviceAuth devices;
    private final PrinterFleet printers;

    TicketRoutes(HallDesk desk, StaffAuth auth, DeviceAuth devices, PrinterFleet printers) {
        this.desk = desk;
        this.auth = auth;
        this.devices = devices;
        this.printers = printers;
    }

    void mount(Router api) {
        api.get("/hall").handler(this::hall);
        api.post("/tickets").handler(this::issue);
        api.get("/tickets/:id").handler(this::show);
        api.get("/tickets/:id/qr.svg").handler(this::qr);
        api.post("/tickets/:id/cancel").handler(this::cancel);
        api.post("/tickets/:id/rating").handler(this::rate);
    }

    private void hall(RoutingContext ctx) {
        Replies.json(ctx, 200, desk.read(HallStateView::of));
    }

    private void issue(RoutingContext ctx) {
        refuseStaleToken(ctx);
        JsonBody body = JsonBody.of(ctx, "service", "priority", "channel", "language");
        String service = body.requiredString("service");
        Priority priority = Priority.fromWire(body.oneOf("priority", "normal", "normal", "priority"));
        Channel channel = Channel.fromWire(body.oneOf("channel", "kiosk", "kiosk", "mobile", "staff", "appointment"));
        String language = body.oneOf("language", "zh", "zh", "en");
        String base = Replies.baseUrl(ctx);
        String printer = devices.of(ctx).filter(d -> DeviceKind.KIOSK.wire().equals(d.kind()))
                .map(DeviceSpecs.Device::printer).filter(printers::has).orElse(null);
        Replies.json(ctx, 201, desk.command(hall -> hall.issue(service, priority, channel, language),
                (hall, event) -> TicketView.of(event.ticket(), hall, base))
                .compose(ticket -> printer == null ? io.vertx.core.Future.succeededFuture(ticket) : printed(ticket, printer)));
    }

    /** The ticket is issued whatever the printer does: the answer says how printing went (CONTRACT §7). */
    private io.vertx.core.Future<JsonObject> printed(JsonObject ticket, String printer) {
        return printers.print(printer, TicketPrints.of(ticket, desk.config()))
                .recover(failure -> io.vertx.core.Future.succeededFuture(PrintOutcome.failed(null)))
                .map(outcome -> ticket.put("print", outcome.toJson()));
    }

    /** The whole ticket with its key; without a key, the public view; with a wrong one, 403. */
    private void show(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        String key = ctx.queryParams().get("key");
        String base = Replies.baseUrl(ctx);
        Replies.json(ctx, 200, desk.read(hall -> {
            Ticket ticket = hall.ticket(id);
            return key == null ? TicketView.publicView(ticket, hall) : TicketView.of(keyed(ticket, key), hall, base);
        }));
    }

    /** The QR code a kiosk shows (and a printer prints) for the ticket's live page; it holds the key. */
    private void qr(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        String key = ctx.queryParams().get("key");
        String base = Replies.baseUrl(ctx);
        desk.read(hall -> keyed(hall.ticket(id), key))
                .onSuccess(ticket -> ctx.response().putHeader("Content-Type", "image/svg+xml")
                        .putHeader("Cache-Control", "private, max-age=86400").end(QrSvg.of(TicketView.trackUrl(base, ticket))))
                .onFailure(failure -> ErrorReplies.send(ctx, failure));
    }

    private static Ticket keyed(Ticket ticket, String key) {
        if (!ticket.opensWith(key)) {
            throw new HallException(Refusal.BAD_TICKET_KEY, "this is not the key of ticket " + ticket.number());
        }
        return ticket;
    }

    private void cancel(RoutingContext ctx) {
        JsonBody body = JsonBody.of(ctx, "key");
        Proof proof = visitorOrStaff(ctx, body);
        String id = ctx.pathParam("id");
        String base = Replies.baseUrl(ctx);
        Replies.json(ctx, 200, desk.command(hall -> hall.cancel(id, proof),
                (hall, event) -> TicketView.of(event.ticket(), hall, base)));
    }

    /**
     * A token that is neither a staff session nor a paired device is a device whose pairing was revoked
     * (or a session that ended): it is refused at once rather than served as an anonymous phone would be.
     */
    private void refuseStaleToken(RoutingContext ctx) {
        if (StaffAuth.bearer(ctx) != null && devices.of(ctx).isEmpty() && auth.staffOf(ctx).isEmpty()) {
            throw new ApiException(401, "DEVICE_NOT_PAIRED",
                    "this device is not paired with the hub, or its pairing was revoked: pair it again");
        }
    }

    /** A signed-in staff member needs no key; anyone else shows the ticket's key. */
    private Proof visitorOrStaff(RoutingContext ctx, JsonBody body) {
        return auth.staffOf(ctx).<Proof>map(session -> new Proof.Staff(session.staff()))
                .orElseGet(() -> new Proof.Key(body.optionalString("key", null)));
    }

    /**
     * The pad paired to a window needs no key (CONTRACT §6), nor does a device agent with that window's
     * rating keys (its hall-file counter): both rate by the same rule. Anyone else shows the ticket's key.
     */
    private Proof visitorOrPad(RoutingContext ctx, JsonBody body) {
        return devices.of(ctx).filter(device -> DeviceKind.PAD.wire().equals(device.kind())
                        || (DeviceKind.AGENT.wire().equals(device.kind()) && device.counter() != null))
                .<Proof>map(pad -> new Proof.Pad(pad.id(), pad.counter()))
                .orElseGet(() -> new Proof.Key(body.optionalString("key", null)));
    }

    private void rate(RoutingContext ctx) {
        refuseStaleToken(ctx);
        JsonBody body = JsonBody.of(ctx, "key", "score", "tags", "comment");
        Proof proof = visitorOrPad(ctx, body);
        int score = body.requiredInt("score");
        if (score < 1 || score > 5) {
            throw ApiException.badRequest("'score' must be 1 to 5");
        }
        var tags = body.stringList("tags", false);
        String comment = body.optionalString("comment", null);
        if (tags.size() > MAX_TAGS || (comment != null && comment.length() > MAX_COMMENT)) {
            throw ApiException.badRequest("at most " + MAX_TAGS + " tags and " + MAX_COMMENT + " characters of comment");
        }
        String id = ctx.pathParam("id");
        Replies.json(ctx, 201, desk.command(hall -> hall.rate(id, proof, score, tags, comment),
                (hall, event) -> rating(event.rating(), hall)));
    }

    private static JsonObject rating(Rating rating, Hall hall) {
        return new JsonObject().put("ticket", rating.ticketId()).put("service", rating.service())
                .put("counter", rating.counter()).put("score", rating.score()).put("tags", rating.tags())
                .put("comment", rating.comment()).put("at", Views.time(rating.at(), hall.view().config()));
    }
}
