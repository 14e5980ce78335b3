package org.onewindow.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.onewindow.floor.LineWait;
import org.onewindow.floor.LiveWindows;
import org.onewindow.floor.WindowNow;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.StaffSpec;

/**
 * The body of {@code GET /api/v1/reports/live}: the manager's live windows panel. Times are the hall's
 * ISO timestamps; the minute figures are as of {@code at}, and a console counts them on from the
 * timestamps between two answers.
 */
final class LiveWindowsView {
    private LiveWindowsView() {
    }

    static JsonObject of(LiveWindows live, HallConfig config) {
        JsonArray windows = new JsonArray();
        for (WindowNow w : live.windows()) {
            windows.add(new JsonObject()
                    .put("counter", w.counter())
                    .put("name", config.counter(w.counter()).map(c -> Views.text(c.name())).orElse(null))
                    .put("status", w.status().wire())
                    .put("staff", w.staff())
                    .put("staffName", w.staff() == null ? null
                            : config.staffMember(w.staff()).map(StaffSpec::name).orElse(w.staff()))
                    .put("served", w.served())
                    .put("currentNumber", w.currentNumber())
                    .put("visitorSince", Views.time(w.visitorSince(), config))
                    .put("visitorMinutes", minutes(w.visitorSince(), live.at()))
                    .put("lastCallAt", Views.time(w.lastCallAt(), config))
                    .put("idleSince", Views.time(w.idleSince(), config))
                    .put("idleMinutes", minutes(w.idleSince(), live.at()))
                    .put("couldTake", new JsonArray(w.couldTake())));
        }
        JsonArray lines = new JsonArray();
        for (LineWait line : live.lines()) {
            lines.add(new JsonObject()
                    .put("service", line.service())
                    .put("name", config.service(line.service()).map(s -> Views.text(s.name())).orElse(null))
                    .put("prefix", config.service(line.service()).map(s -> s.prefix()).orElse(null))
                    .put("waiting", line.waiting())
                    .put("oldestNumber", line.oldestNumber())
                    .put("oldestSince", Views.time(line.oldestSince(), config))
                    .put("waitedMinutes", minutes(line.oldestSince(), live.at()))
                    .put("longest", line.longest()));
        }
        return new JsonObject()
                .put("day", live.day().toString())
                .put("at", Views.time(live.at(), config))
                .put("activity", live.activity())
                .put("longWaitMinutes", LiveWindows.LONG_WAIT_MINUTES)
                .put("idleMinutes", LiveWindows.IDLE_MINUTES)
                .put("windows", windows)
                .put("lines", lines);
    }

    private static Long minutes(Instant since, Instant at) {
        return since == null ? null : Math.max(0, Duration.between(since, at).toMinutes());
    }
}
