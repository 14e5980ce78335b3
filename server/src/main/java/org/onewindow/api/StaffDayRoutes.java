package org.onewindow.api;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import org.onewindow.hall.Role;
import org.onewindow.hall.StaffSpec;
import org.onewindow.hub.HallDesk;
import org.onewindow.reports.ClerkDay;
import org.onewindow.store.ReportReader;

/**
 * A clerk's own day, for the counter console: {@code GET /staff/me/today}. Read like the period reports, on a
 * connection of its own beside the desk, so that it never holds up a ticket.
 */
final class StaffDayRoutes {
    private final HallDesk desk;
    private final StaffAuth auth;

    StaffDayRoutes(HallDesk desk, StaffAuth auth) {
        this.desk = desk;
        this.auth = auth;
    }

    void mount(Router api) {
        api.get("/staff/me/today").handler(auth.require(Role.STAFF)).handler(this::today);
    }

    private void today(RoutingContext ctx) {
        String staff = StaffAuth.session(ctx).staff();
        String name = desk.config().staffMember(staff).map(StaffSpec::name).orElse(staff);
        Replies.json(ctx, 200, desk.history((history, now) -> {
            LocalDate day = LocalDate.ofInstant(now, desk.config().timezone());
            ReportReader.Facts facts = history.clerkDay(staff, day);
            return view(ClerkDay.of(staff, name, day, facts.visits(), facts.scores()));
        }));
    }

    static JsonObject view(ClerkDay day) {
        JsonObject ratings = new JsonObject();
        day.ratings().forEach((score, count) -> ratings.put(String.valueOf(score), count));
        return new JsonObject().put("staff", day.staff()).put("name", day.line().name().zh()).put("day", day.day().toString())
                .put("served", day.served()).put("noShows", day.noShows())
                .put("meanServiceMinutes", day.meanServiceMinutes()).put("ratings", ratings);
    }
}
