package org.onewindow.hall;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads opening hours from YAML: lines of {@code {days: mon-fri, open: "08:30", close: "17:30"}}.
 * Days are a day ({@code sat}), a range running forwards through the week ({@code mon-fri}), or a
 * comma-separated mix of both ({@code mon,wed,fri}); a YAML list of them works too.
 * Times are HH:MM in hall time, 00:00 to 23:59.
 */
public final class TimetableReader {
    public static final List<String> LINE_KEYS = List.of("days", "open", "close");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final List<String> DAY_NAMES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private TimetableReader() {
    }

    /** The {@code hours} list of a hall; it must hold at least one line (leave it out for 24/7). */
    public static Timetable timetable(YamlNode hours) {
        List<OpeningHours> lines = new ArrayList<>();
        for (YamlNode line : hours.nonEmptyItems()) {
            line.expectKeys(LINE_KEYS, List.of());
            lines.add(openingHours(days(line.get("days")), line.get("open"), line.get("close")));
        }
        return new Timetable(lines);
    }

    /** One opening from open to close on the given days; open must come before close. */
    public static OpeningHours openingHours(Set<DayOfWeek> days, YamlNode open, YamlNode close) {
        LocalTime opens = time(open);
        LocalTime closes = time(close);
        if (!opens.isBefore(closes)) {
            throw open.problem("opens at " + opens + " but closes at " + closes + ": open must be before close");
        }
        return new OpeningHours(days, opens, closes);
    }

    public static LocalTime time(YamlNode node) {
        String text = node.text();
        Matcher m = TIME.matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
            throw node.problem(node.name() + " '" + text + "' is not a time of day (HH:MM, 00:00 to 23:59)");
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Set<DayOfWeek> days(YamlNode node) {
        List<String> parts = new ArrayList<>();
        if (node.isSequence()) {
            parts.addAll(node.texts());
        } else {
            parts.addAll(List.of(node.text().split(",", -1)));
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : parts) {
            String[] ends = part.strip().split("-", -1);
            if (ends.length > 2) {
                throw badDays(node, part);
            }
            DayOfWeek first = day(node, ends[0], part);
            DayOfWeek last = ends.length == 2 ? day(node, ends[1], part) : first;
            if (last.compareTo(first) < 0) {
                throw node.problem("days '" + part.strip() + "' runs backwards: write ranges from mon to sun"
                        + " (e.g. " + DAY_NAMES.get(first.ordinal()) + "-sun,mon-" + DAY_NAMES.get(last.ordinal()) + ")");
            }
            days.addAll(EnumSet.range(first, last));
        }
        return days;
    }

    private static DayOfWeek day(YamlNode node, String text, String part) {
        int index = DAY_NAMES.indexOf(text.strip().toLowerCase(Locale.ROOT));
        if (index < 0) {
            throw badDays(node, part);
        }
        return DayOfWeek.of(index + 1);
    }

    private static ConfigException badDays(YamlNode node, String part) {
        return node.problem("days '" + part.strip() + "' is not a day or a range of days"
                + " (use " + String.join(", ", DAY_NAMES) + "; e.g. mon-fri, sat-sun or mon,wed,fri)");
    }
}
