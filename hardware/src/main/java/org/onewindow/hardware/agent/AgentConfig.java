package org.onewindow.hardware.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The agent's config file (CONTRACT §7), validated once at start and then fixed. */
public record AgentConfig(Path file, String device, String printer, int printerWidth, List<Button> buttons, Pad pad,
                          List<Lamp> lamps, boolean speaker) {
    /** A take-ticket button (ticket = service id) or a window's call key (call = counter id). */
    public record Button(int pin, String ticket, String call) {
    }

    public record Pad(String counter, List<Integer> pins) {
    }

    /** lights: calling (with counter) or fault (hub unreachable, printer trouble). */
    public record Lamp(int pin, String lights, String counter) {
    }

    public static final class Invalid extends RuntimeException {
        public Invalid(Path file, String problem) {
            super(file + ": " + problem);
        }
    }

    /** Where the agent keeps its token and its outbox: beside the config. */
    public Path stateFile() {
        return file.resolveSibling(file.getFileName().toString().replaceFirst("\\.ya?ml$", "") + ".state");
    }

    public Path outboxFile() {
        return file.resolveSibling(file.getFileName().toString().replaceFirst("\\.ya?ml$", "") + ".outbox");
    }

    @SuppressWarnings("unchecked")
    public static AgentConfig load(Path file) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        } catch (IOException e) {
            throw new Invalid(file, "cannot read it: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new Invalid(file, "not YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new Invalid(file, "expected a map with device, printer, buttons, pad, lamps, speaker");
        }
        Map<String, Object> m = (Map<String, Object>) map;
        for (String key : m.keySet()) {
            if (!List.of("device", "printer", "printerWidth", "buttons", "pad", "lamps", "speaker").contains(key)) {
                throw new Invalid(file, "unknown key '" + key + "'");
            }
        }
        if (!(m.get("device") instanceof String device) || device.isBlank()) {
            throw new Invalid(file, "'device' (the hall file's agent id) is required");
        }
        String printer = m.get("printer") == null ? null : m.get("printer").toString();
        if (printer != null && !printer.matches("(usb|file):.+|tcp://[^:/]+(:\\d+)?")) {
            throw new Invalid(file, "printer must be usb:/dev/usb/lp0, tcp://HOST:9100 or file:/PATH, not '" + printer + "'");
        }
        int width = m.get("printerWidth") == null ? 58 : pin(file, m.get("printerWidth"), "printerWidth");
        if (width != 58 && width != 80) {
            throw new Invalid(file, "printerWidth is 58 or 80");
        }
        List<Button> buttons = new ArrayList<>();
        for (Map<String, Object> b : list(file, m.get("buttons"), "buttons")) {
            String ticket = b.get("ticket") == null ? null : b.get("ticket").toString();
            String call = b.get("call") == null ? null : b.get("call").toString();
            if ((ticket == null) == (call == null)) {
                throw new Invalid(file, "each button has either 'ticket: SERVICE' or 'call: WINDOW'");
            }
            buttons.add(new Button(pin(file, b.get("pin"), "button pin"), ticket, call));
        }
        Pad pad = null;
        if (m.get("pad") instanceof Map<?, ?> p) {
            Object pins = p.get("pins");
            if (!(pins instanceof List<?> l) || l.size() != 5) {
                throw new Invalid(file, "pad.pins lists five pins, for scores 1 to 5");
            }
            pad = new Pad(String.valueOf(p.get("counter")), l.stream().map(x -> pin(file, x, "pad pin")).toList());
        }
        List<Lamp> lamps = new ArrayList<>();
        for (Map<String, Object> l : list(file, m.get("lamps"), "lamps")) {
            String lights = String.valueOf(l.get("lights"));
            if (!lights.equals("calling") && !lights.equals("fault")) {
                throw new Invalid(file, "a lamp lights 'calling' (with counter) or 'fault', not '" + lights + "'");
            }
            lamps.add(new Lamp(pin(file, l.get("pin"), "lamp pin"), lights, l.get("counter") == null ? null : l.get("counter").toString()));
        }
        return new AgentConfig(file, device, printer, width, List.copyOf(buttons), pad, List.copyOf(lamps),
                Boolean.TRUE.equals(m.get("speaker")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Path file, Object value, String name) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> l) || !l.stream().allMatch(x -> x instanceof Map)) {
            throw new Invalid(file, "'" + name + "' is a list of maps");
        }
        return (List<Map<String, Object>>) value;
    }

    private static int pin(Path file, Object value, String what) {
        if (!(value instanceof Integer i) || i < 0 || i > 80) {
            throw new Invalid(file, what + " must be a BCM pin number, not '" + value + "'");
        }
        return i;
    }
}
