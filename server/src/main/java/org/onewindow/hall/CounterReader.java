package org.onewindow.hall;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the {@code counters} section: the windows, what they serve and what their staff can serve. */
final class CounterReader {
    static final List<String> REQUIRED = List.of("id", "name", "profile");
    static final List<String> OPTIONAL = List.of("skills");
    /** Window ids appear in URLs (/counters/7/call, /display/counter/?id=7). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

    private CounterReader() {
    }

    static List<CounterSpec> counters(YamlNode section, Set<String> serviceIds, Set<String> extraKeys) {
        List<String> optional = new ArrayList<>(OPTIONAL);
        optional.addAll(extraKeys.stream().sorted().toList());
        Map<String, YamlNode> ids = new HashMap<>();
        List<CounterSpec> counters = new ArrayList<>();
        for (YamlNode entry : section.nonEmptyItems()) {
            entry.expectKeys(REQUIRED, optional);
            YamlNode idNode = entry.get("id");
            String id = idNode.text(ID, "letters, digits, '-' or '_' (e.g. \"1\")");
            HallFile.unique(ids, id, idNode, "counter id");
            Set<String> profile = services(entry.get("profile"), serviceIds);
            // Staff are trained for their own profile whatever the skills list says.
            Set<String> skills = new java.util.LinkedHashSet<>(profile);
            entry.find("skills").ifPresent(node -> skills.addAll(services(node, serviceIds)));
            counters.add(new CounterSpec(id, HallFile.localText(entry.get("name")), profile, skills));
        }
        return counters;
    }

    /** A non-empty list of known service ids, or "*" for all of them. */
    private static Set<String> services(YamlNode list, Collection<String> serviceIds) {
        Map<String, YamlNode> seen = new HashMap<>();
        Set<String> services = new LinkedHashSet<>();
        for (YamlNode item : list.nonEmptyItems()) {
            String service = item.text();
            if (!CounterSpec.ALL.equals(service) && !serviceIds.contains(service)) {
                throw item.problem(list.name() + " names unknown service '" + service + "' (known: "
                        + String.join(", ", serviceIds.stream().sorted().toList()) + ", or \"*\" for all)");
            }
            HallFile.unique(seen, service, item, "service in " + list.name());
            services.add(service);
        }
        return services;
    }
}
