package org.onewindow.hall;

import java.util.List;
import org.onewindow.hall.RoutingSettings.AdvisorSettings;

/** Reads the optional {@code routing} section: the policy, the backup slowdown and the advisor. */
final class RoutingReader {
    static final String SECTION = "routing";

    private RoutingReader() {
    }

    static RoutingSettings routing(YamlNode node) {
        node.expectKeys(List.of(), List.of("policy", "backupSlowdown", "advisor"));
        RoutingSettings fallback = RoutingSettings.DEFAULT;
        String policy = node.find("policy").map(RoutingReader::policy).orElse(fallback.policy());
        double slowdown = node.find("backupSlowdown").map(n -> atLeast(n, 1.0)).orElse(fallback.backupSlowdown());
        AdvisorSettings advisor = node.find("advisor").map(RoutingReader::advisor).orElse(fallback.advisor());
        return new RoutingSettings(policy, slowdown, advisor);
    }

    private static String policy(YamlNode node) {
        String name = node.text();
        if (!RoutingSettings.POLICIES.contains(name)) {
            throw node.problem("unknown routing policy '" + name + "' (" + String.join(", ", RoutingSettings.POLICIES) + ")");
        }
        return name;
    }

    private static AdvisorSettings advisor(YamlNode node) {
        node.expectKeys(List.of(), List.of("minWaitMinutes", "minGainMinutes", "recentMinutes", "holdMinutes", "auto",
                "everyMinutes", "maxChangesPerHour"));
        AdvisorSettings d = AdvisorSettings.DEFAULT;
        return new AdvisorSettings(
                node.find("minWaitMinutes").map(n -> atLeast(n, 0)).orElse(d.minWaitMinutes()),
                node.find("minGainMinutes").map(n -> atLeast(n, 0)).orElse(d.minGainMinutes()),
                node.find("recentMinutes").map(n -> positive(n)).orElse(d.recentMinutes()),
                node.find("holdMinutes").map(n -> positive(n)).orElse(d.holdMinutes()),
                node.find("auto").map(RoutingReader::yesNo).orElse(d.auto()),
                node.find("everyMinutes").map(n -> positive(n)).orElse(d.everyMinutes()),
                node.find("maxChangesPerHour").map(n -> positive(n)).orElse(d.maxChangesPerHour()));
    }

    private static double atLeast(YamlNode node, double least) {
        double value = node.number();
        if (value < least) {
            throw node.problem("'" + node.name() + "' must be at least " + least);
        }
        return value;
    }

    private static int positive(YamlNode node) {
        int value = node.integer();
        if (value < 1) {
            throw node.problem("'" + node.name() + "' must be a whole number of at least 1");
        }
        return value;
    }

    private static boolean yesNo(YamlNode node) {
        String text = node.text();
        if (!text.equals("true") && !text.equals("false")) {
            throw node.problem("'" + node.name() + "' must be true or false");
        }
        return Boolean.parseBoolean(text);
    }
}
