package org.onewindow.api;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.onewindow.cases.LateCases;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.Role;
import org.onewindow.hub.HallDesk;
import org.onewindow.reports.DailyReport;
import org.onewindow.reports.Period;
import org.onewindow.reports.PeriodReport;
import org.onewindow.reports.WindowAssessment;
import org.onewindow.reports.sheets.CsvFile;
import org.onewindow.reports.sheets.ReportTables;
import org.onewindow.reports.sheets.Table;
import org.onewindow.reports.sheets.XlsxFile;
import org.onewindow.store.ReportReader;

/**
 * The manager's reports: the daily report, the window workload over any period and the monthly window
 * assessment, as JSON or as XLSX and CSV downloads ({@code format=xlsx|csv}, {@code lang=zh|en}).
 * Period reports read on their own connection on a worker, never on the hall desk's thread: a year's
 * report must not hold up a ticket.
 */
final class ReportRoutes {
    private final HallDesk desk;
    private final StaffAuth auth;

    ReportRoutes(HallDesk desk, StaffAuth auth) {
        this.desk = desk;
        this.auth = auth;
    }

    void mount(Router api) {
        api.get("/reports/daily").handler(auth.require(Role.MANAGER)).handler(this::daily);
        api.get("/reports/windows").handler(auth.require(Role.MANAGER)).handler(this::windows);
        api.get("/reports/assessment").handler(auth.require(Role.MANAGER)).handler(this::assessment);
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

    private void windows(RoutingContext ctx) {
        Period period = period(day(ctx, "from"), day(ctx, "to"));
        String format = format(ctx);
        answer(ctx, format, "windows-" + period.from() + "_" + period.to(),
                report(period).map(report -> new Answer(PeriodReportView.windows(report),
                        lang -> ReportTables.in(lang).windows(desk.config().name(), report))));
    }

    private void assessment(RoutingContext ctx) {
        String text = ctx.queryParams().get("month");
        YearMonth month;
        try {
            month = YearMonth.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'month' must be YYYY-MM");
        }
        String format = format(ctx);
        int minItems = desk.config().reports().minItemsPerMonth();
        answer(ctx, format, "assessment-" + month,
                report(Period.month(month)).map(report -> WindowAssessment.of(month, report, minItems))
                        .compose(a -> desk.history((history, now) -> a.withOverdueCases(
                                LateCases.perWindow(history.cases(month.atDay(1), month.atEndOfMonth(), false), now, desk.config().timezone()))))
                        .map(a -> new Answer(PeriodReportView.assessment(a), lang -> ReportTables.in(lang).assessment(desk.config().name(), a))));
    }

    private record Answer(JsonObject json, Function<String, List<Table>> tables) {
    }

    private Future<PeriodReport> report(Period period) {
        HallConfig config = desk.config();
        return desk.history((history, now) -> build(history, period, config, now));
    }

    private static PeriodReport build(ReportReader reader, Period period, HallConfig config, Instant now) {
        ReportReader.Facts facts = reader.read(period);
        return PeriodReport.of(period, config, facts.visits(), facts.scores(), facts.changes(), now, facts.archivedBefore());
    }

    private static void answer(RoutingContext ctx, String format, String fileName, Future<Answer> answer) {
        String lang = "en".equals(ctx.queryParams().get("lang")) ? "en" : "zh";
        answer.onSuccess(a -> {
            switch (format) {
                case "xlsx" -> download(ctx, XlsxFile.CONTENT_TYPE, fileName + ".xlsx", XlsxFile.write(a.tables().apply(lang)));
                case "csv" -> download(ctx, CsvFile.CONTENT_TYPE, fileName + ".csv", CsvFile.write(a.tables().apply(lang)));
                default -> Replies.send(ctx, 200, a.json());
            }
        }).onFailure(failure -> ErrorReplies.send(ctx, failure));
    }

    private static void download(RoutingContext ctx, String type, String fileName, byte[] bytes) {
        if (!ctx.response().ended()) {
            ctx.response().setStatusCode(200).putHeader("Content-Type", type)
                    .putHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                    .end(Buffer.buffer(bytes));
        }
    }

    private static String format(RoutingContext ctx) {
        String format = ctx.queryParams().get("format");
        if (format == null || format.equals("json")) {
            return "json";
        }
        if (!format.equals("xlsx") && !format.equals("csv")) {
            throw ApiException.badRequest("'format' must be xlsx or csv (or left out for JSON)");
        }
        return format;
    }

    private static LocalDate day(RoutingContext ctx, String name) {
        String text = ctx.queryParams().get(name);
        try {
            return LocalDate.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + name + "' must be YYYY-MM-DD");
        }
    }

    private static Period period(LocalDate from, LocalDate to) {
        try {
            return new Period(from, to);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
