package org.onewindow.hall;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.onewindow.cases.WorkingCalendar;

/**
 * Reads the optional {@code assessment: {minItemsPerMonth}}, {@code retention: {eventLogMonths}} and
 * {@code calendar: {holidays: [YYYY-MM-DD…], workdays: [YYYY-MM-DD…]}} sections.
 */
final class ReportSettingsReader {
    static final String ASSESSMENT = "assessment";
    static final String RETENTION = "retention";
    static final String CALENDAR = "calendar";

    private ReportSettingsReader() {
    }

    static ReportSettings settings(Optional<YamlNode> assessment, Optional<YamlNode> retention, Optional<YamlNode> calendar) {
        ReportSettings d = ReportSettings.DEFAULT;
        int minItems = assessment.map(node -> node.expectKeys(List.of(), List.of("minItemsPerMonth")))
                .flatMap(node -> node.find("minItemsPerMonth")).map(n -> atLeast(n, 0)).orElse(d.minItemsPerMonth());
        int months = retention.map(node -> node.expectKeys(List.of(), List.of("eventLogMonths")))
                .flatMap(node -> node.find("eventLogMonths")).map(n -> atLeast(n, 1)).orElse(d.eventLogMonths());
        WorkingCalendar days = calendar.map(ReportSettingsReader::calendar).orElse(d.calendar());
        return new ReportSettings(minItems, months, days);
    }

    private static WorkingCalendar calendar(YamlNode node) {
        node.expectKeys(List.of(), List.of("holidays", "workdays"));
        Set<LocalDate> holidays = node.find("holidays").map(ReportSettingsReader::days).orElse(Set.of());
        Set<LocalDate> workdays = node.find("workdays").map(ReportSettingsReader::days).orElse(Set.of());
        for (LocalDate day : holidays) {
            if (workdays.contains(day)) {
                throw node.problem("calendar: " + day + " is listed both as a holiday and as a make-up working day");
            }
        }
        return new WorkingCalendar(holidays, workdays);
    }

    private static Set<LocalDate> days(YamlNode list) {
        Set<LocalDate> days = new LinkedHashSet<>();
        for (YamlNode item : list.items()) {
            try {
                days.add(LocalDate.parse(item.text()));
            } catch (DateTimeParseException e) {
                throw item.problem("'" + list.name() + "' lists dates as YYYY-MM-DD, got '" + item.text() + "'");
            }
        }
        return days;
    }

    private static int atLeast(YamlNode node, int least) {
        int value = node.integer();
        if (value < least) {
            throw node.problem("'" + node.name() + "' must be a whole number of at least " + least + ", got " + value);
        }
        return value;
    }
}
