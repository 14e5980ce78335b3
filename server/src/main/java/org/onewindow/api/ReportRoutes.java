package org.onewindow.api;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.Role;
import org.onewindow.reports.DailyReport;
import org.onewindow.hub.HallDesk;

/** The manager's daily report: per service and per window volumes, waits, service times and ratings. */
final class ReportRoutes {
    private final HallDesk desk;
    private final StaffAuth auth;

    ReportRoutes(HallDesk desk, StaffAuth auth) {
        this.desk = desk;
        this.auth = auth;
    }

    void mount(Router api) {
        api.get("/reports/daily").handler(auth.require(Role.MANAGER)).handler(this::daily);
    }

    private void daily(RoutingContext ctx) {
        String text = ctx.queryParams().get("date");
        LocalDate date;
        try {
            date = text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'date' must be YYYY-MM-DD");
        }
        LocalDate day = date;
        Replies.json(ctx, 200, desk.query((hall, store) -> {
            LocalDate which = day != null ? day : LocalDate.ofInstant(hall.view().now(), hall.view().config().timezone());
            HallConfig config = hall.view().config();
            return ReportView.of(DailyReport.of(which, config, store.ticketsOf(which), store.ratingsOf(which)), config);
        }));
    }
}
