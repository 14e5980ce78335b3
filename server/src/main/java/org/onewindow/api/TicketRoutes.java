package org.onewindow.api;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.onewindow.hub.HallDesk;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Rating;

/** The calls open to kiosks and phones: take, look up, cancel and rate a ticket. */
final class TicketRoutes {
    private static final int MAX_COMMENT = 500;
    private static final int MAX_TAGS = 10;

    private final HallDesk desk;

    TicketRoutes(HallDesk desk) {
        this.desk = desk;
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
        JsonBody body = JsonBody.of(ctx, "service", "priority", "channel", "language");
        String service = body.requiredString("service");
        Priority priority = Priority.fromWire(body.oneOf("priority", "normal", "normal", "priority"));
        Channel channel = Channel.fromWire(body.oneOf("channel", "kiosk", "kiosk", "mobile", "staff", "appointment"));
        String language = body.oneOf("language", "zh", "zh", "en");
        String base = Replies.baseUrl(ctx);
        Replies.json(ctx, 201, desk.command(hall -> hall.issue(service, priority, channel, language),
                (hall, event) -> TicketView.of(event.ticket(), hall, base)));
    }

    private void show(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        String base = Replies.baseUrl(ctx);
        Replies.json(ctx, 200, desk.read(hall -> TicketView.of(hall.ticket(id), hall, base)));
    }

    /** The QR code a kiosk shows (and a printer prints) for the ticket's live page. */
    private void qr(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        String track = TicketView.trackUrl(Replies.baseUrl(ctx), id);
        desk.read(hall -> hall.ticket(id))
                .onSuccess(ticket -> ctx.response().putHeader("Content-Type", "image/svg+xml")
                        .putHeader("Cache-Control", "max-age=86400").end(QrSvg.of(track)))
                .onFailure(failure -> ErrorReplies.send(ctx, failure));
    }

    private void cancel(RoutingContext ctx) {
        JsonBody.of(ctx);
        String id = ctx.pathParam("id");
        String base = Replies.baseUrl(ctx);
        Replies.json(ctx, 200, desk.command(hall -> hall.cancel(id, "visitor"),
                (hall, event) -> TicketView.of(event.ticket(), hall, base)));
    }

    private void rate(RoutingContext ctx) {
        JsonBody body = JsonBody.of(ctx, "score", "tags", "comment");
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
        Replies.json(ctx, 201, desk.command(hall -> hall.rate(id, score, tags, comment),
                (hall, event) -> rating(event.rating(), hall)));
    }

    private static JsonObject rating(Rating rating, Hall hall) {
        return new JsonObject().put("ticket", rating.ticketId()).put("service", rating.service())
                .put("counter", rating.counter()).put("score", rating.score()).put("tags", rating.tags())
                .put("comment", rating.comment()).put("at", Views.time(rating.at(), hall.view().config()));
    }
}
