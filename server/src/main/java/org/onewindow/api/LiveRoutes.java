package org.onewindow.api;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.onewindow.floor.LiveWindows;
import org.onewindow.hall.Role;
import org.onewindow.hub.HallDesk;

/**
 * {@code GET /reports/live} (manager): every window today and the lines that wait longest, for the live
 * windows panel. Read from the hall in memory on the desk's thread: no database read, so a console may
 * ask again on every hall.state.
 */
final class LiveRoutes {
    private final HallDesk desk;
    private final StaffAuth auth;

    LiveRoutes(HallDesk desk, StaffAuth auth) {
        this.desk = desk;
        this.auth = auth;
    }

    void mount(Router api) {
        api.get("/reports/live").handler(auth.require(Role.MANAGER)).handler(this::live);
    }

    private void live(RoutingContext ctx) {
        Replies.json(ctx, 200, desk.read(hall -> LiveWindowsView.of(LiveWindows.of(hall), hall.view().config())));
    }
}
