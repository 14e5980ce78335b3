package org.onewindow.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.LocalText;

/** Small JSON pieces shared by every view: localized text, hall-time timestamps, sorted sets. */
public final class Views {
    private Views() {
    }

    public static JsonObject text(LocalText text) {
        return text == null ? null : new JsonObject().put("zh", text.zh()).put("en", text.en());
    }

    public static JsonArray texts(List<LocalText> texts) {
        JsonArray array = new JsonArray();
        texts.forEach(t -> array.add(text(t)));
        return array;
    }

    /** ISO-8601 to the second with the hall's offset, e.g. 2026-11-27T09:15:02+08:00. */
    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }

    public static String time(Instant instant, HallConfig config) {
        return time(instant, config.timezone());
    }

    /** The hall's ticketing hours for visitors: [{days: [1..7, Monday = 1], open: "08:30", close: "17:30"}]; empty = 24/7. */
    public static JsonArray hours(org.onewindow.hall.Timetable timetable) {
        JsonArray lines = new JsonArray();
        for (org.onewindow.hall.OpeningHours line : timetable.lines()) {
            lines.add(new JsonObject()
                    .put("days", new JsonArray(line.days().stream().map(java.time.DayOfWeek::getValue).sorted().toList()))
                    .put("open", line.open().toString())
                    .put("close", line.close().toString()));
        }
        return lines;
    }

    public static JsonArray sorted(Collection<String> values) {
        return new JsonArray(List.copyOf(new TreeSet<>(values)));
    }
}
