package org.onewindow.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.onewindow.displays.Boards;
import org.onewindow.hall.Role;
import org.onewindow.hub.HallDesk;

/**
 * Hall boards report whether they can play sound ({@code POST /boards/{name}/status {sound: "on"|"blocked"}},
 * 204); the manager lists them ({@code GET /boards}) to find the TV that stays silent.
 */
final class BoardRoutes {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private final Boards boards;
    private final StaffAuth auth;
    private final ZoneId zone;

    BoardRoutes(HallDesk desk, Boards boards, StaffAuth auth) {
        this.boards = boards;
        this.auth = auth;
        this.zone = desk.config().timezone();
    }

    void mount(Router api) {
        api.post("/boards/:name/status").handler(this::report);
        api.get("/boards").handler(auth.require(Role.MANAGER)).handler(this::list);
    }

    private void report(RoutingContext ctx) {
        String name = ctx.pathParam("name");
        if (!NAME.matcher(name).matches()) {
            throw new ApiException(400, "BAD_REQUEST", "a board name is 1 to 40 letters, digits, - or _");
        }
        JsonBody body = JsonBody.of(ctx, "sound");
        String sound = body.oneOf("sound", "on", "on", "blocked");
        boards.report(name, "blocked".equals(sound), ctx.request().remoteAddress() == null ? null : ctx.request().remoteAddress().host());
        ctx.response().setStatusCode(204).end();
    }

    private void list(RoutingContext ctx) {
        JsonArray list = new JsonArray();
        for (Boards.Status b : boards.statuses()) {
            list.add(new JsonObject().put("board", b.board()).put("sound", b.sound()).put("address", b.address())
                    .put("online", b.online()).put("lastSeen", Views.time(b.lastSeen(), zone)));
        }
        Replies.send(ctx, 200, new JsonObject().put("boards", list));
    }
}
