package org.onewindow.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.onewindow.cases.Case;
import org.onewindow.cases.CaseException;
import org.onewindow.cases.CaseStatus;
import org.onewindow.cases.CaseStep;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.Role;
import org.onewindow.hub.HallDesk;
import org.onewindow.staff.Session;

/**
 * The 好差评 loop (CONTRACT §9): the 差评 cases and their steps, and the manager's list of every rating.
 * Each step is decided and stored on the hall desk's thread, so two managers cannot both close a case;
 * the lists are read from the stored history on a worker, beside the desk.
 */
final class CaseRoutes {
    /** How far back the case list looks for closed cases; open and overdue ones are listed however old. */
    private static final int CLOSED_LISTED_DAYS = 92;

    private interface Decision {
        CaseStep decide(Case c, String actor, JsonBody body, Instant now);
    }

    private final HallDesk desk;
    private final StaffAuth auth;

    CaseRoutes(HallDesk desk, StaffAuth auth) {
        this.desk = desk;
        this.auth = auth;
    }

    void mount(Router api) {
        api.get("/cases").handler(auth.require(Role.STAFF)).handler(this::list);
        api.post("/cases/:id/callback").handler(auth.require(Role.MANAGER))
                .handler(ctx -> step(ctx, (c, who, body, now) -> c.callback(who, body.requiredString("note"), now), "note"));
        api.post("/cases/:id/rectify").handler(auth.require(Role.MANAGER))
                .handler(ctx -> step(ctx, (c, who, body, now) -> c.rectify(who, body.requiredString("note"), now), "note"));
        api.post("/cases/:id/close").handler(auth.require(Role.MANAGER))
                .handler(ctx -> step(ctx, (c, who, body, now) -> c.close(who, now)));
        api.post("/cases/:id/appeal").handler(auth.require(Role.STAFF))
                .handler(ctx -> step(ctx, (c, who, body, now) -> c.appeal(who, body.requiredString("reason"), now), "reason"));
        api.post("/cases/:id/appeal/accept").handler(auth.require(Role.MANAGER))
                .handler(ctx -> step(ctx, (c, who, body, now) -> c.decideAppeal(true, who, now)));
        api.post("/cases/:id/appeal/reject").handler(auth.require(Role.MANAGER))
                .handler(ctx -> step(ctx, (c, who, body, now) -> c.decideAppeal(false, who, now)));
        api.get("/ratings").handler(auth.require(Role.MANAGER)).handler(this::ratings);
    }

    /** A manager sees every case; a clerk only the cases naming them. */
    private void list(RoutingContext ctx) {
        String text = ctx.queryParams().get("status");
        CaseStatus wanted;
        try {
            wanted = text == null ? null : CaseStatus.fromWire(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        Session session = StaffAuth.session(ctx);
        boolean manager = session.role().includes(Role.MANAGER);
        HallConfig config = desk.config();
        Replies.json(ctx, 200, desk.history((history, now) -> {
            LocalDate today = LocalDate.ofInstant(now, config.timezone());
            JsonArray cases = new JsonArray();
            for (Case c : history.cases(today.minusDays(CLOSED_LISTED_DAYS), today, true)) {
                boolean mine = manager || session.staff().equals(c.staff());
                if (mine && (wanted == null || c.status(now, config.timezone()) == wanted)) {
                    cases.add(CaseView.of(c, config, now));
                }
            }
            return new JsonObject().put("cases", cases);
        }));
    }

    private void step(RoutingContext ctx, Decision decision, String... fields) {
        JsonBody body = JsonBody.of(ctx, fields);
        String id = ctx.pathParam("id");
        String actor = StaffAuth.session(ctx).staff();
        Future<JsonObject> answer = desk.query((hall, store) -> {
            Case c = store.caseOf(id).orElseThrow(() -> new ApiException(404, "UNKNOWN_CASE", "no case '" + id + "'"));
            Instant now = hall.view().now();
            CaseStep step = decision.decide(c, actor, body, now);
            store.record(c, step);
            return CaseView.of(c.with(step), hall.view().config(), now);
        });
        Replies.json(ctx, 200, answer.recover(CaseRoutes::refused));
    }

    private static Future<JsonObject> refused(Throwable failure) {
        if (failure instanceof CaseException refused) {
            int status = switch (refused.refusal()) {
                case UNKNOWN_CASE -> 404;
                case NOT_YOUR_CASE -> 403;
                default -> 409;
            };
            return Future.failedFuture(new ApiException(status, refused.refusal().name(), refused.getMessage()));
        }
        return Future.failedFuture(failure);
    }

    private void ratings(RoutingContext ctx) {
        LocalDate from = day(ctx, "from");
        LocalDate to = day(ctx, "to");
        if (to.isBefore(from)) {
            throw ApiException.badRequest("'to' is before 'from'");
        }
        String counter = ctx.queryParams().get("counter");
        String scoreText = ctx.queryParams().get("score");
        Integer score;
        try {
            score = scoreText == null || scoreText.isEmpty() ? null : Integer.valueOf(scoreText);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'score' must be 1 to 5");
        }
        if (score != null && (score < 1 || score > 5)) {
            throw ApiException.badRequest("'score' must be 1 to 5");
        }
        String window = counter == null || counter.isEmpty() ? null : counter;
        Replies.json(ctx, 200, desk.history((history, now) -> {
            List<JsonObject> lines = history.ratings(from, to, window, score).stream().map(CaseView::of).toList();
            return new JsonObject().put("from", from.toString()).put("to", to.toString()).put("ratings", new JsonArray(lines));
        }));
    }

    private static LocalDate day(RoutingContext ctx, String name) {
        String text = ctx.queryParams().get(name);
        try {
            return LocalDate.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + name + "' must be YYYY-MM-DD");
        }
    }
}
