package org.onewindow.hall;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.onewindow.staff.PasswordHash;

/** Reads the {@code staff} section: who may log in, in which role, with which password hash. */
final class StaffReader {
    static final List<String> REQUIRED = List.of("id", "name", "role", "password");
    static final String HASH_COMMAND = "java -jar server/target/onewindow-hub.jar hash-password";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final List<String> ROLES = List.of("staff", "manager", "admin");

    private StaffReader() {
    }

    static List<StaffSpec> staff(YamlNode section) {
        Map<String, YamlNode> ids = new HashMap<>();
        List<StaffSpec> staff = new ArrayList<>();
        for (YamlNode entry : section.nonEmptyItems()) {
            entry.expectKeys(REQUIRED, List.of());
            YamlNode idNode = entry.get("id");
            String id = idNode.text(ID, "letters, digits, '.', '-' or '_' (e.g. s01)");
            HallFile.unique(ids, id, idNode, "staff id");
            YamlNode roleNode = entry.get("role");
            String role = roleNode.text();
            if (!ROLES.contains(role)) {
                throw roleNode.problem("role '" + role + "' is not one of " + String.join(", ", ROLES));
            }
            staff.add(new StaffSpec(id, entry.get("name").text(), Role.fromWire(role), password(entry.get("password"), id)));
        }
        return staff;
    }

    /** Only hashes belong in a hall file; the message never repeats what was written, as it may be a password. */
    private static String password(YamlNode node, String staffId) {
        String text = node.text();
        if (!PasswordHash.looksLikeHash(text)) {
            throw node.problem("password of " + staffId + " is not a password hash: run `" + HASH_COMMAND
                    + "`, type the password, and put its output here in quotes");
        }
        return text;
    }
}
