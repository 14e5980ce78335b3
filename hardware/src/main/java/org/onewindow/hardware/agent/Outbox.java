package org.onewindow.hardware.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONObject;

/**
 * Rating presses not yet accepted by the hub, one JSON line each, in a file that survives a restart of
 * the agent. An entry leaves only when the hub has answered it (201, or a refusal such as ALREADY_RATED,
 * which is also what a resend of an accepted press gets): so a press is sent until heard, and counted once.
 */
final class Outbox {
    interface Sender {
        /** @return true when the hub has answered (accepted or refused for good); false when unreachable */
        boolean send(JSONObject entry);
    }

    private final Path file;
    private final List<JSONObject> entries = new ArrayList<>();

    Outbox(Path file) {
        this.file = file;
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        entries.add(new JSONObject(line));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void add(JSONObject entry) {
        entries.add(entry);
        save();
    }

    synchronized int size() {
        return entries.size();
    }

    /** Sends entries oldest first; stops at the first the hub did not hear. */
    synchronized void flush(Sender sender) {
        while (!entries.isEmpty()) {
            if (!sender.send(entries.get(0))) {
                return;
            }
            entries.remove(0);
            save();
        }
    }

    private void save() {
        try {
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            StringBuilder text = new StringBuilder();
            entries.forEach(e -> text.append(e).append('\n'));
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
