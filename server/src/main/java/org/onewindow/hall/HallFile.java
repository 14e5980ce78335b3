package org.onewindow.hall;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads the hall file (CONTRACT.md section 2) into a validated, frozen {@link HallConfig}. Every problem
 * is a {@link ConfigException} whose message is the one line {@code FILE:LINE: problem}.
 *
 * <p>Files that embed a hall, such as simulation workloads, compose the YAML themselves with
 * {@link YamlNode#parse(Reader, String)}, hand the root to {@link #fromSections(YamlNode, Set, Set)}
 * naming the extra keys they allow, and read their own keys from the same root with the same strictness.
 */
public final class HallFile {
    public static final List<String> REQUIRED_SECTIONS = List.of("hall", "services", "counters");
    public static final String STAFF = "staff";
    static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    static final String ID_SHAPE = "lower-case letters, digits and '-'";

    private HallFile() {
    }

    public static HallConfig load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(YamlNode.parse(reader, file.toString()), Set.of(), Set.of(), true);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file.toString(), 0, "cannot read the hall file: no such file");
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 0, "cannot read the hall file: " + e.getMessage());
        }
    }

    public static HallConfig parse(String yamlText, String sourceName) {
        return read(YamlNode.parse(yamlText, sourceName), Set.of(), Set.of(), true);
    }

    /** {@link #fromSections(YamlNode, Set, Set)} with no extra keys in counters. */
    public static HallConfig fromSections(YamlNode root, Set<String> extraTopLevelKeys) {
        return fromSections(root, extraTopLevelKeys, Set.of());
    }

    /**
     * Reads the {@code hall}, {@code services}, {@code counters} and optional {@code staff}, {@code routing} and {@code limits} sections of an
     * already-composed root mapping, with the same checks as a hall file. The root may also hold
     * {@code extraTopLevelKeys} and every counter {@code extraCounterKeys} (a workload's staffing
     * {@code hours}, say); this method does not read them, and refuses any other key.
     */
    public static HallConfig fromSections(YamlNode root, Set<String> extraTopLevelKeys, Set<String> extraCounterKeys) {
        return read(root, extraTopLevelKeys, extraCounterKeys, false);
    }

    private static HallConfig read(YamlNode root, Set<String> extraTopLevel, Set<String> extraCounterKeys,
                                   boolean staffRequired) {
        List<String> required = new ArrayList<>(REQUIRED_SECTIONS);
        List<String> optional = new ArrayList<>();
        (staffRequired ? required : optional).add(STAFF);
        optional.add(RoutingReader.SECTION);
        optional.add(DeviceReader.SECTION);
        optional.add(LimitsReader.SECTION);
        optional.add(ReportSettingsReader.ASSESSMENT);
        optional.add(ReportSettingsReader.RETENTION);
        optional.add(ReportSettingsReader.CALENDAR);
        optional.addAll(extraTopLevel.stream().sorted().toList());
        root.expectKeys(required, optional);

        YamlNode hall = root.get("hall").expectKeys(List.of("id", "name", "timezone"), List.of("hours"));
        String id = hall.get("id").text(ID, ID_SHAPE);
        LocalText name = localText(hall.get("name"));
        ZoneId timezone = timezone(hall.get("timezone"));
        Timetable hours = hall.find("hours").map(TimetableReader::timetable).orElse(Timetable.ALWAYS);

        List<ServiceSpec> services = ServiceReader.services(root.get("services"));
        Set<String> serviceIds = Set.copyOf(services.stream().map(ServiceSpec::id).toList());
        List<CounterSpec> counters = CounterReader.counters(root.get("counters"), serviceIds, extraCounterKeys);
        List<StaffSpec> staff = root.has(STAFF) ? StaffReader.staff(root.get(STAFF)) : List.of();
        RoutingSettings routing = root.find(RoutingReader.SECTION).map(RoutingReader::routing).orElse(RoutingSettings.DEFAULT);
        Set<String> counterIds = Set.copyOf(counters.stream().map(CounterSpec::id).toList());
        DeviceSpecs devices = root.find(DeviceReader.SECTION).map(node -> DeviceReader.devices(node, counterIds))
                .orElse(DeviceSpecs.NONE);
        Limits limits = root.find(LimitsReader.SECTION).map(LimitsReader::limits).orElse(Limits.DEFAULT);
        ReportSettings reports = ReportSettingsReader.settings(root.find(ReportSettingsReader.ASSESSMENT),
                root.find(ReportSettingsReader.RETENTION), root.find(ReportSettingsReader.CALENDAR));
        return new HallConfig(id, name, timezone, hours, services, counters, staff, routing, devices, limits, reports);
    }

    /** A visible text in both languages: {@code {zh: 企业开办, en: Business registration}}. */
    public static LocalText localText(YamlNode node) {
        node.expectKeys(List.of("zh", "en"), List.of());
        return new LocalText(node.get("zh").text(), node.get("en").text());
    }

    private static ZoneId timezone(YamlNode node) {
        String text = node.text();
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw node.problem("unknown timezone '" + text + "' (use a region name such as Asia/Shanghai)");
        }
    }

    /** Records a value that must be unique in its list, refusing a second one with the line of the first. */
    static void unique(Map<String, YamlNode> seen, String value, YamlNode node, String what) {
        YamlNode first = seen.putIfAbsent(value, node);
        if (first != null) {
            throw node.problem("duplicate " + what + " '" + value + "' (first at line " + first.line() + ")");
        }
    }
}
