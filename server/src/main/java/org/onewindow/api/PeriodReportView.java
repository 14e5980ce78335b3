package org.onewindow.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.onewindow.reports.HourLine;
import org.onewindow.reports.PeriodLine;
import org.onewindow.reports.PeriodReport;
import org.onewindow.reports.WindowAssessment;

/** The period report and the window assessment as JSON (CONTRACT §9), with the extra figures the console charts. */
final class PeriodReportView {
    private PeriodReportView() {
    }

    static JsonObject windows(PeriodReport report) {
        JsonArray hours = new JsonArray();
        report.hours().forEach(h -> hours.add(hour(h)));
        JsonArray heat = new JsonArray();
        report.heat().forEach(h -> heat.add(hour(h).put("day", h.day().toString())));
        return new JsonObject()
                .put("from", report.period().from().toString())
                .put("to", report.period().to().toString())
                .put("empty", report.empty())
                .put("openTimesKnown", report.openTimesKnown())
                .put("windows", lines(report.windows(), "counter"))
                .put("services", lines(report.services(), "service"))
                .put("departments", lines(report.departments(), "department"))
                .put("total", line(report.total(), "id"))
                .put("hours", hours)
                .put("heat", heat);
    }

    static JsonObject assessment(WindowAssessment assessment) {
        JsonArray windows = new JsonArray();
        for (WindowAssessment.Rank rank : assessment.windows()) {
            windows.add(line(rank.line(), "counter").put("rank", rank.rank()).put("flagged", rank.flagged())
                    .put("overdueCases", assessment.overdueCases(rank.line().id())));
        }
        return new JsonObject()
                .put("month", assessment.month().toString())
                .put("empty", assessment.report().empty())
                .put("minItems", assessment.minItems())
                .put("windows", windows)
                .put("concentration", new JsonObject()
                        .put("top", WindowAssessment.TOP)
                        .put("departments", lines(assessment.topDepartments(), "department"))
                        .put("share", assessment.topShare()))
                .put("total", line(assessment.report().total(), "id"));
    }

    private static JsonArray lines(List<PeriodLine> lines, String idField) {
        JsonArray array = new JsonArray();
        lines.forEach(l -> array.add(line(l, idField)));
        return array;
    }

    private static JsonObject line(PeriodLine l, String idField) {
        JsonObject ratings = new JsonObject();
        l.ratings().forEach((score, count) -> ratings.put(score.toString(), count));
        return new JsonObject()
                .put(idField, l.id())
                .put("name", Views.text(l.name()))
                .put("served", l.served())
                .put("share", l.share())
                .put("called", l.called())
                .put("noShows", l.noShows())
                .put("meanWaitMinutes", l.meanWaitMinutes())
                .put("p90WaitMinutes", l.p90WaitMinutes())
                .put("meanServiceMinutes", l.meanServiceMinutes())
                .put("noShowRate", l.noShowRate())
                .put("openMinutes", l.openMinutes())
                .put("servingMinutes", l.servingMinutes())
                .put("utilisation", l.utilisation())
                .put("ratings", ratings)
                .put("ratingCount", l.ratingCount())
                .put("participation", l.participation());
    }

    private static JsonObject hour(HourLine h) {
        return new JsonObject().put("hour", h.hour()).put("arrivals", h.arrivals()).put("meanWaitMinutes", h.meanWaitMinutes());
    }
}
