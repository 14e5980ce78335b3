package org.onewindow.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.onewindow.hall.HallConfig;
import org.onewindow.reports.DailyReport;
import org.onewindow.reports.ReportLine;

/** The daily report as JSON: one line per service, one per window, and the hall's total. */
final class ReportView {
    private ReportView() {
    }

    static JsonObject of(DailyReport report, HallConfig config) {
        return new JsonObject()
                .put("date", report.day().toString())
                .put("hall", config.id())
                .put("services", lines(report.services(), id -> config.service(id).map(s -> Views.text(s.name())).orElse(null)))
                .put("counters", lines(report.counters(), id -> config.counter(id).map(c -> Views.text(c.name())).orElse(null)))
                .put("total", line(report.total(), null));
    }

    private static JsonArray lines(List<ReportLine> lines, java.util.function.Function<String, JsonObject> names) {
        JsonArray array = new JsonArray();
        lines.forEach(line -> array.add(line(line, names.apply(line.id()))));
        return array;
    }

    private static JsonObject line(ReportLine line, JsonObject name) {
        JsonObject ratings = new JsonObject();
        line.ratings().forEach((score, count) -> ratings.put(score.toString(), count));
        return new JsonObject()
                .put("id", line.id())
                .put("name", name)
                .put("issued", line.issued())
                .put("called", line.called())
                .put("completed", line.completed())
                .put("noShows", line.noShows())
                .put("cancelled", line.cancelled())
                .put("meanWaitMinutes", line.meanWaitMinutes())
                .put("p90WaitMinutes", line.p90WaitMinutes())
                .put("meanServiceMinutes", line.meanServiceMinutes())
                .put("ratings", ratings)
                .put("ratingCount", line.ratingCount());
    }
}
