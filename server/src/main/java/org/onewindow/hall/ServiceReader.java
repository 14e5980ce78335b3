package org.onewindow.hall;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the {@code services} section: the matters visitors come for, their prefixes and materials. */
final class ServiceReader {
    static final List<String> REQUIRED = List.of("id", "prefix", "name", "averageMinutes");
    static final List<String> OPTIONAL = List.of("dailyQuota", "materials", "department");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,2}");

    private ServiceReader() {
    }

    static List<ServiceSpec> services(YamlNode section) {
        Map<String, YamlNode> ids = new HashMap<>();
        Map<String, YamlNode> prefixes = new HashMap<>();
        List<ServiceSpec> services = new ArrayList<>();
        for (YamlNode entry : section.nonEmptyItems()) {
            entry.expectKeys(REQUIRED, OPTIONAL);
            YamlNode idNode = entry.get("id");
            String id = idNode.text(HallFile.ID, HallFile.ID_SHAPE);
            HallFile.unique(ids, id, idNode, "service id");
            YamlNode prefixNode = entry.get("prefix");
            String prefix = prefixNode.text(PREFIX, "one or two capital letters (A, B, … or AB)");
            HallFile.unique(prefixes, prefix, prefixNode, "prefix");
            services.add(new ServiceSpec(id, prefix, HallFile.localText(entry.get("name")),
                    averageMinutes(entry.get("averageMinutes")), dailyQuota(entry), materials(entry),
                    entry.find("department").map(HallFile::localText).orElse(null)));
        }
        return services;
    }

    private static double averageMinutes(YamlNode node) {
        double minutes = node.number();
        if (!(minutes > 0)) {
            throw node.problem("averageMinutes must be greater than 0, got " + node.text());
        }
        return minutes;
    }

    private static Integer dailyQuota(YamlNode entry) {
        if (!entry.has("dailyQuota")) {
            return null;
        }
        YamlNode node = entry.get("dailyQuota");
        int quota = node.integer();
        if (quota <= 0) {
            throw node.problem("dailyQuota must be greater than 0, got " + quota + " (leave it out for no limit)");
        }
        return quota;
    }

    private static List<LocalText> materials(YamlNode entry) {
        return entry.find("materials").map(list -> list.items().stream().map(HallFile::localText).toList())
                .orElse(List.of());
    }
}
