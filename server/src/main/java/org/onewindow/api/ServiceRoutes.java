package org.onewindow.api;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.onewindow.hall.Role;
import org.onewindow.hub.HallDesk;

/**
 * A manager stops ticketing for one matter and restarts it: {@code POST /services/{id}/stop} and
 * {@code /resume}, each a row of the event log; the answer is the matter as {@code GET /hall} shows it.
 */
final class ServiceRoutes {
    private final HallDesk desk;
    private final StaffAuth auth;

    ServiceRoutes(HallDesk desk, StaffAuth auth) {
        this.desk = desk;
        this.auth = auth;
    }

    void mount(Router api) {
        api.route("/services/*").handler(auth.require(Role.MANAGER));
        api.post("/services/:id/stop").handler(ctx -> ticketing(ctx, true));
        api.post("/services/:id/resume").handler(ctx -> ticketing(ctx, false));
    }

    private void ticketing(RoutingContext ctx, boolean stop) {
        JsonBody.of(ctx);
        String id = ctx.pathParam("id");
        String manager = StaffAuth.session(ctx).staff();
        Replies.json(ctx, 200, desk.change((hall, store) -> {
            var change = hall.ticketing(id, stop, manager);
            store.record(change);
            hall.apply(change);
            return HallStateView.service(hall, hall.view().config().service(id).orElseThrow());
        }));
    }
}
