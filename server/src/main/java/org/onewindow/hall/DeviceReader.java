package org.onewindow.hall;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the optional {@code devices} section: printers, kiosks, pads and agents, each id unique across all. */
final class DeviceReader {
    static final String SECTION = "devices";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final String ID_SHAPE = "letters, digits, '-' or '_'";

    private final Map<String, YamlNode> ids = new HashMap<>();
    private final Set<String> counterIds;

    private DeviceReader(Set<String> counterIds) {
        this.counterIds = counterIds;
    }

    static DeviceSpecs devices(YamlNode section, Set<String> counterIds) {
        section.expectKeys(List.of(), List.of("printers", "kiosks", "pads", "agents"));
        DeviceReader reader = new DeviceReader(counterIds);
        List<DeviceSpecs.Printer> printers = new ArrayList<>();
        for (YamlNode entry : section.find("printers").map(YamlNode::items).orElse(List.of())) {
            printers.add(reader.printer(entry));
        }
        Set<String> printerIds = Set.copyOf(printers.stream().map(DeviceSpecs.Printer::id).toList());
        List<DeviceSpecs.Device> kiosks = new ArrayList<>();
        for (YamlNode entry : section.find("kiosks").map(YamlNode::items).orElse(List.of())) {
            entry.expectKeys(List.of("id"), List.of("name", "printer"));
            String printer = entry.find("printer").map(node -> known(node, printerIds, "printer")).orElse(null);
            kiosks.add(new DeviceSpecs.Device(reader.id(entry), "kiosk", name(entry), null, printer));
        }
        List<DeviceSpecs.Device> pads = reader.ofWindows(section, "pads", "pad");
        List<DeviceSpecs.Device> agents = reader.ofWindows(section, "agents", "agent");
        return new DeviceSpecs(printers, kiosks, pads, agents);
    }

    private DeviceSpecs.Printer printer(YamlNode entry) {
        entry.expectKeys(List.of("id", "uri"), List.of("width", "qr"));
        String id = id(entry);
        YamlNode uriNode = entry.get("uri");
        String uri = uriNode.text();
        try {
            URI parsed = new URI(uri);
            if (!"tcp".equals(parsed.getScheme()) || parsed.getHost() == null || parsed.getPort() < 1) {
                throw uriNode.problem("printer uri must be tcp://HOST:PORT (a network ESC/POS printer, usually port 9100), not '" + uri + "'");
            }
        } catch (URISyntaxException e) {
            throw uriNode.problem("printer uri is not a URI: '" + uri + "'");
        }
        int width = entry.find("width").map(YamlNode::integer).orElse(80);
        if (width != 58 && width != 80) {
            throw entry.get("width").problem("printer width is 58 or 80 (mm of paper), not " + width);
        }
        DeviceSpecs.QrMode qr = entry.find("qr").map(node -> {
            String mode = node.text();
            if (!mode.equals("native") && !mode.equals("raster")) {
                throw node.problem("printer qr is native (the printer draws it) or raster (the hub draws it), not '" + mode + "'");
            }
            return DeviceSpecs.QrMode.valueOf(mode.toUpperCase(Locale.ROOT));
        }).orElse(DeviceSpecs.QrMode.NATIVE);
        return new DeviceSpecs.Printer(id, uri, width, qr);
    }

    /** Pads and agents: each belongs to one window. */
    private List<DeviceSpecs.Device> ofWindows(YamlNode section, String key, String kind) {
        List<DeviceSpecs.Device> devices = new ArrayList<>();
        for (YamlNode entry : section.find(key).map(YamlNode::items).orElse(List.of())) {
            entry.expectKeys(List.of("id", "counter"), List.of("name"));
            String counter = known(entry.get("counter"), counterIds, "counter");
            devices.add(new DeviceSpecs.Device(id(entry), kind, name(entry), counter, null));
        }
        return devices;
    }

    private String id(YamlNode entry) {
        YamlNode node = entry.get("id");
        String id = node.text(ID, ID_SHAPE);
        HallFile.unique(ids, id, node, "device id");
        return id;
    }

    private static LocalText name(YamlNode entry) {
        return entry.find("name").map(HallFile::localText).orElse(null);
    }

    private static String known(YamlNode node, Set<String> known, String what) {
        String value = node.text();
        if (!known.contains(value)) {
            throw node.problem("unknown " + what + " '" + value + "' (known: "
                    + (known.isEmpty() ? "none" : String.join(", ", known.stream().sorted().toList())) + ")");
        }
        return value;
    }
}
