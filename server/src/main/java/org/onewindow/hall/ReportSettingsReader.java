package org.onewindow.hall;

import java.util.List;
import java.util.Optional;

/** Reads the optional {@code assessment: {minItemsPerMonth}} and {@code retention: {eventLogMonths}} sections. */
final class ReportSettingsReader {
    static final String ASSESSMENT = "assessment";
    static final String RETENTION = "retention";

    private ReportSettingsReader() {
    }

    static ReportSettings settings(Optional<YamlNode> assessment, Optional<YamlNode> retention) {
        ReportSettings d = ReportSettings.DEFAULT;
        int minItems = assessment.map(node -> node.expectKeys(List.of(), List.of("minItemsPerMonth")))
                .flatMap(node -> node.find("minItemsPerMonth")).map(n -> atLeast(n, 0)).orElse(d.minItemsPerMonth());
        int months = retention.map(node -> node.expectKeys(List.of(), List.of("eventLogMonths")))
                .flatMap(node -> node.find("eventLogMonths")).map(n -> atLeast(n, 1)).orElse(d.eventLogMonths());
        return new ReportSettings(minItems, months);
    }

    private static int atLeast(YamlNode node, int least) {
        int value = node.integer();
        if (value < least) {
            throw node.problem("'" + node.name() + "' must be a whole number of at least " + least + ", got " + value);
        }
        return value;
    }
}
