package org.onewindow.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.staff.PasswordHash;

/** The hall file: what it accepts and, for each problem, the exact line it names. Edits refer to VALID's line numbers. */
class HallFileTest {
    private static final String HASH = PasswordHash.hash("secret".toCharArray());

    static final String VALID = """
            hall:
              id: test-hall
              name: {zh: 测试大厅, en: Test Hall}
              timezone: Asia/Shanghai
              hours:
                - {days: mon-fri, open: "08:30", close: "17:30"}
            services:
              - id: tax
                prefix: A
                name: {zh: 税务, en: Tax}
                averageMinutes: 9
                dailyQuota: 100
                materials:
                  - {zh: 身份证, en: ID card}
              - id: social-card
                prefix: B
                name: {zh: 社保卡, en: Social security card}
                averageMinutes: 6
            counters:
              - id: "1"
                name: {zh: 1号窗口, en: Window 1}
                profile: [tax]
                skills: [tax, social-card]
              - {id: 2, name: {zh: 2号窗口, en: Window 2}, profile: ["*"]}
            staff:
              - {id: s01, name: 张三, role: staff, password: "HASH"}
              - {id: m01, name: 王经理, role: manager, password: "HASH"}
            """.replace("HASH", HASH);

    /** VALID with one line (1-based) replaced by the given text, which may span lines or be null to delete it. */
    static String edit(int line, String replacement) {
        List<String> lines = new ArrayList<>(List.of(VALID.split("\n", -1)));
        if (replacement == null) {
            lines.remove(line - 1);
        } else {
            lines.set(line - 1, replacement);
        }
        return String.join("\n", lines);
    }

    static void assertRefused(String yaml, int line, String problem) {
        assertThatThrownBy(() -> HallFile.parse(yaml, "hall.yaml"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problem()).contains(problem);
                    assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
                    assertThat(e.file()).isEqualTo("hall.yaml");
                    assertThat(e.getMessage()).isEqualTo("hall.yaml:" + line + ": " + e.problem()).doesNotContain("\n");
                });
    }

    @Test
    void readsEverySectionOfAValidFile() {
        HallConfig config = HallFile.parse(VALID, "hall.yaml");

        assertThat(config.id()).isEqualTo("test-hall");
        assertThat(config.name()).isEqualTo(new LocalText("测试大厅", "Test Hall"));
        assertThat(config.timezone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(config.hours().lines()).containsExactly(new OpeningHours(
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                LocalTime.of(8, 30), LocalTime.of(17, 30)));
        assertThat(config.services()).containsExactly(
                new ServiceSpec("tax", "A", new LocalText("税务", "Tax"), 9, 100, List.of(new LocalText("身份证", "ID card"))),
                new ServiceSpec("social-card", "B", new LocalText("社保卡", "Social security card"), 6, null, List.of()));
        assertThat(config.counters()).containsExactly(
                new CounterSpec("1", new LocalText("1号窗口", "Window 1"), Set.of("tax"), Set.of("tax", "social-card")),
                new CounterSpec("2", new LocalText("2号窗口", "Window 2"), Set.of("*"), Set.of("*")));
        assertThat(config.staff()).containsExactly(
                new StaffSpec("s01", "张三", Role.STAFF, HASH), new StaffSpec("m01", "王经理", Role.MANAGER, HASH));
    }

    @Test
    void leavingHoursOutMeansAlwaysOpen() {
        String yaml = VALID.replace("  hours:\n    - {days: mon-fri, open: \"08:30\", close: \"17:30\"}\n", "");

        assertThat(HallFile.parse(yaml, "hall.yaml").hours()).isEqualTo(Timetable.ALWAYS);
    }

    @Test
    void skillsDefaultToTheProfile() {
        String yaml = edit(23, null);

        assertThat(HallFile.parse(yaml, "hall.yaml").counter("1").orElseThrow().skills()).containsExactly("tax");
    }

    @Test
    void acceptsDayRangesSingleDaysAndLists() {
        assertThat(daysOf("sat")).containsExactly(DayOfWeek.SATURDAY);
        assertThat(daysOf("sat-sun")).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(daysOf("\"mon,wed,fri\"")).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(daysOf("\"mon-tue, sun\"")).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.SUNDAY);
        assertThat(daysOf("[mon, thu]")).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
    }

    private static Set<DayOfWeek> daysOf(String days) {
        String yaml = edit(6, "    - {days: " + days + ", open: \"08:30\", close: \"17:30\"}");
        return HallFile.parse(yaml, "hall.yaml").hours().lines().get(0).days();
    }

    @Test
    void readsUnquotedTimesAsWritten() {
        // YAML 1.1 reads 17:30 as the base-60 number 1050; the hall file means half past five.
        String yaml = edit(6, "    - {days: mon-fri, open: 08:30, close: 17:30}");

        assertThat(HallFile.parse(yaml, "hall.yaml").hours().lines().get(0).close()).isEqualTo(LocalTime.of(17, 30));
    }

    @Test
    void loadsAFileFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hall.yaml");
        Files.writeString(file, VALID, StandardCharsets.UTF_8);

        assertThat(HallFile.load(file).id()).isEqualTo("test-hall");
    }

    @Test
    void namesTheFilePathInProblems(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hall.yaml");
        Files.writeString(file, edit(4, "  timezone: Mars/Olympus"), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> HallFile.load(file)).isInstanceOf(ConfigException.class)
                .hasMessage(file + ":4: unknown timezone 'Mars/Olympus' (use a region name such as Asia/Shanghai)");
    }

    @Test
    void refusesAMissingFileWithoutALine(@TempDir Path dir) {
        Path file = dir.resolve("nowhere.yaml");

        assertThatThrownBy(() -> HallFile.load(file)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.line()).isZero();
            assertThat(e.getMessage()).isEqualTo(file + ": cannot read the hall file: no such file");
        });
    }

    @Test
    void refusesYamlSyntaxErrors() {
        assertRefused(edit(9, "    prefix: A: B"), 9, "YAML syntax");
        assertRefused(edit(22, "    profile: [tax"), 23, "YAML syntax");
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused("# nothing here\n", 1, "the file is empty");
    }

    @Test
    void refusesUnknownKeysAtEveryLevelListingTheAllowedOnes() {
        assertRefused(VALID + "extras: 1\n", 28, "unknown key 'extras' in the document (allowed: hall, services, counters, staff, routing, devices, limits, assessment, retention, calendar)");
        assertRefused(edit(4, "  timezone: Asia/Shanghai\n  logo: x.png"), 5,
                "unknown key 'logo' in hall (allowed: id, name, timezone, hours)");
        assertRefused(edit(3, "  name: {zh: 测试大厅, en: Test Hall, fr: Salle}"), 3, "unknown key 'fr' in name (allowed: zh, en)");
        assertRefused(edit(6, "    - {days: mon-fri, open: \"08:30\", close: \"17:30\", lunch: \"12:00\"}"), 6,
                "unknown key 'lunch' in hours entry (allowed: days, open, close)");
        assertRefused(edit(12, "    dailyQuotas: 100"), 12,
                "unknown key 'dailyQuotas' in services entry (allowed: id, prefix, name, averageMinutes, dailyQuota, materials, department, pinyin)");
        assertRefused(edit(14, "      - {zh: 身份证, en: ID card, copies: 2}"), 14, "unknown key 'copies' in materials entry");
        assertRefused(edit(23, "    skill: [tax]"), 23, "unknown key 'skill' in counters entry (allowed: id, name, profile, skills)");
        assertRefused(edit(26, "  - {id: s01, name: 张三, role: staff, pin: 1234, password: \"" + HASH + "\"}"), 26,
                "unknown key 'pin' in staff entry (allowed: id, name, role, password)");
    }

    @Test
    void refusesAKeyWrittenTwice() {
        assertRefused(edit(9, "    prefix: A\n    prefix: C"), 10, "duplicate key 'prefix' in services entry");
    }

    @Test
    void refusesMissingRequiredKeys() {
        assertRefused(VALID.substring(0, VALID.indexOf("counters:")), 1, "the document is missing 'counters'");
        assertRefused(VALID.substring(0, VALID.indexOf("staff:")), 1, "the document is missing 'staff'");
        assertRefused(edit(4, null), 2, "hall is missing 'timezone'");
        assertRefused(edit(9, null), 8, "services entry is missing 'prefix'");
        assertRefused(edit(22, null), 20, "counters entry is missing 'profile'");
        assertRefused(edit(10, "    name: {zh: 税务}"), 10, "name is missing 'en'");
        assertRefused(edit(6, "    - {days: mon-fri, open: \"08:30\"}"), 6, "hours entry is missing 'close'");
        assertRefused(edit(26, "  - {id: s01, name: 张三, role: staff}"), 26, "staff entry is missing 'password'");
        assertRefused(edit(2, "  id:"), 2, "id has no value");
    }

    @Test
    void refusesValuesOfTheWrongType() {
        assertRefused(edit(22, "    profile: tax"), 22, "profile must be a list, got 'tax'");
        assertRefused(edit(10, "    name: Tax"), 10, "name must be a mapping (key: value), got 'Tax'");
        assertRefused(edit(11, "    averageMinutes: quick"), 11, "averageMinutes must be a number, got 'quick'");
        assertRefused(edit(11, "    averageMinutes: \"9\""), 11, "averageMinutes must be a number, got '9'");
        assertRefused(edit(12, "    dailyQuota: 1.5"), 12, "dailyQuota must be a whole number, got '1.5'");
        String servicesAsMapping = VALID.substring(0, VALID.indexOf("services:")) + "services: {tax: A}\n"
                + VALID.substring(VALID.indexOf("counters:"));
        assertRefused(servicesAsMapping, 7, "services must be a list, got a mapping");
        assertRefused(edit(8, "  - id: [tax]"), 8, "id must be a single value, got a list");
    }

    @Test
    void refusesEmptyLists() {
        assertRefused(VALID.replace("    profile: [tax]", "    profile: []"), 22, "profile must not be empty");
        assertRefused(edit(5, "  hours: []\n").replace("    - {days: mon-fri, open: \"08:30\", close: \"17:30\"}\n", ""),
                5, "hours must not be empty");
    }

    @Test
    void refusesServiceIdsOutsideLowerCaseLettersDigitsAndDashes() {
        assertRefused(edit(8, "  - id: Tax_Office"), 8, "id 'Tax_Office' must be lower-case letters, digits and '-'");
        assertRefused(edit(8, "  - id: 税务"), 8, "id '税务' must be lower-case letters, digits and '-'");
    }

    @Test
    void refusesDuplicateIdsAndPrefixes() {
        assertRefused(edit(15, "  - id: tax"), 15, "duplicate service id 'tax' (first at line 8)");
        assertRefused(edit(16, "    prefix: A"), 16, "duplicate prefix 'A' (first at line 9)");
        assertRefused(edit(24, "  - {id: 1, name: {zh: 2号窗口, en: Window 2}, profile: [\"*\"]}"), 24,
                "duplicate counter id '1' (first at line 20)");
        assertRefused(edit(27, "  - {id: s01, name: 王经理, role: manager, password: \"" + HASH + "\"}"), 27,
                "duplicate staff id 's01' (first at line 26)");
    }

    @Test
    void refusesPrefixesThatAreNotOneOrTwoCapitalLetters() {
        for (String prefix : List.of("a", "ABC", "A1", "\"1\"", "Ä")) {
            assertRefused(edit(9, "    prefix: " + prefix), 9, "must be one or two capital letters");
        }
        assertThat(HallFile.parse(edit(9, "    prefix: AB"), "hall.yaml").services().get(0).prefix()).isEqualTo("AB");
    }

    @Test
    void refusesProfilesAndSkillsNamingUnknownServices() {
        assertRefused(edit(22, "    profile: [tax, passports]"), 22,
                "profile names unknown service 'passports' (known: social-card, tax, or \"*\" for all)");
        assertRefused(edit(23, "    skills:\n      - tax\n      - taxes"), 25, "skills names unknown service 'taxes'");
        assertRefused(edit(22, "    profile: [tax, tax]"), 22, "duplicate service in profile 'tax'");
    }

    @Test
    void refusesBadTimes() {
        assertRefused(edit(6, "    - {days: mon-fri, open: \"08:30\", close: \"25:00\"}"), 6,
                "close '25:00' is not a time of day (HH:MM, 00:00 to 23:59)");
        assertRefused(edit(6, "    - {days: mon-fri, open: \"8h30\", close: \"17:30\"}"), 6, "open '8h30' is not a time of day");
        assertRefused(edit(6, "    - {days: mon-fri, open: \"08:61\", close: \"17:30\"}"), 6, "open '08:61' is not a time of day");
    }

    @Test
    void refusesOpeningAtOrAfterClosing() {
        assertRefused(edit(6, "    - {days: mon-fri, open: \"17:30\", close: \"08:30\"}"), 6,
                "opens at 17:30 but closes at 08:30: open must be before close");
        assertRefused(edit(6, "    - {days: mon-fri, open: \"09:00\", close: \"09:00\"}"), 6, "open must be before close");
    }

    @Test
    void refusesBadDayRanges() {
        assertRefused(edit(6, "    - {days: fri-mon, open: \"08:30\", close: \"17:30\"}"), 6, "days 'fri-mon' runs backwards");
        assertRefused(edit(6, "    - {days: monday-friday, open: \"08:30\", close: \"17:30\"}"), 6,
                "days 'monday-friday' is not a day or a range of days");
        assertRefused(edit(6, "    - {days: mon-, open: \"08:30\", close: \"17:30\"}"), 6, "days 'mon-' is not a day");
        assertRefused(edit(6, "    - {days: mon-wed-fri, open: \"08:30\", close: \"17:30\"}"), 6, "is not a day or a range");
        assertRefused(edit(6, "    - {days: \"mon,,fri\", open: \"08:30\", close: \"17:30\"}"), 6, "days '' is not a day");
    }

    @Test
    void refusesAnUnknownTimezone() {
        assertRefused(edit(4, "  timezone: Asia/Shangai"), 4, "unknown timezone 'Asia/Shangai'");
    }

    @Test
    void refusesAverageMinutesAndQuotasThatAreNotPositive() {
        assertRefused(edit(11, "    averageMinutes: 0"), 11, "averageMinutes must be greater than 0, got 0");
        assertRefused(edit(11, "    averageMinutes: -2.5"), 11, "averageMinutes must be greater than 0, got -2.5");
        assertRefused(edit(12, "    dailyQuota: 0"), 12, "dailyQuota must be greater than 0, got 0");
    }

    @Test
    void refusesAnUnknownRole() {
        assertRefused(edit(26, "  - {id: s01, name: 张三, role: boss, password: \"" + HASH + "\"}"), 26,
                "role 'boss' is not one of staff, manager, admin");
    }

    @Test
    void refusesAPlainPasswordWithoutRepeatingIt() {
        String yaml = edit(26, "  - {id: s01, name: 张三, role: staff, password: hunter2}");

        assertRefused(yaml, 26, "run `java -jar server/target/onewindow-hub.jar hash-password`");
        assertThatThrownBy(() -> HallFile.parse(yaml, "hall.yaml")).hasMessageNotContaining("hunter2");
    }

    @Test
    void fromSectionsAllowsOnlyTheExtraKeysItIsGiven() {
        String workload = "name: busy-day\ndays: 5\n" + VALID.substring(0, VALID.indexOf("staff:"))
                .replace("    skills: [tax, social-card]", "    hours: {open: \"08:30\", close: \"12:00\"}");
        YamlNode root = YamlNode.parse(workload, "work.yaml");

        HallConfig config = HallFile.fromSections(root, Set.of("name", "days"), Set.of("hours"));

        assertThat(config.staff()).isEmpty();
        assertThat(config.counters()).hasSize(2);
        assertThat(root.get("days").integer()).isEqualTo(5);
        assertThatThrownBy(() -> HallFile.fromSections(root, Set.of("name", "days")))
                .hasMessage("work.yaml:25: unknown key 'hours' in counters entry (allowed: id, name, profile, skills)");
        assertThatThrownBy(() -> HallFile.fromSections(root, Set.of("name"), Set.of("hours")))
                .hasMessage("work.yaml:2: unknown key 'days' in the document (allowed: hall, services, counters, staff, routing, devices, limits, assessment, retention, calendar, name)");
    }

    @Test
    void readsTheRoutingSectionOrDefaultsToBalancedWithTheAdvisorOnRequest() {
        assertThat(HallFile.parse(VALID, "hall.yaml").routing()).isEqualTo(RoutingSettings.DEFAULT);
        RoutingSettings routing = HallFile.parse(VALID + """
                routing:
                  policy: fifo
                  backupSlowdown: 1.5
                  advisor: {auto: true, maxChangesPerHour: 3, holdMinutes: 45}
                """, "hall.yaml").routing();
        assertThat(routing.policy()).isEqualTo("fifo");
        assertThat(routing.backupSlowdown()).isEqualTo(1.5);
        assertThat(routing.advisor().auto()).isTrue();
        assertThat(routing.advisor().maxChangesPerHour()).isEqualTo(3);
        assertThat(routing.advisor().holdMinutes()).isEqualTo(45);
        assertThat(routing.advisor().everyMinutes()).isEqualTo(RoutingSettings.AdvisorSettings.DEFAULT.everyMinutes());
    }

    @Test
    void refusesAnUnknownPolicyOrAdvisorKeyAtItsLine() {
        int end = VALID.split("\n", -1).length;
        assertRefused(VALID + "routing:\n  policy: fastest\n", end + 1, "unknown routing policy 'fastest' (fifo, balanced)");
        assertRefused(VALID + "routing:\n  advisor: {auto: yes please}\n", end + 1, "'auto' must be true or false");
        assertRefused(VALID + "routing:\n  backupSlowdown: 0.5\n", end + 1, "'backupSlowdown' must be at least 1.0");
        assertRefused(VALID + "routing:\n  advisor:\n    often: 3\n", end + 2, "unknown key 'often'");
    }

    @Test
    void readsDepartmentsTheAssessmentThresholdAndTheRetention() {
        HallConfig config = HallFile.parse(edit(10, "    name: {zh: 税务, en: Tax}\n    department: {zh: 税务局, en: Tax Bureau}")
                + "assessment: {minItemsPerMonth: 25}\nretention: {eventLogMonths: 36}\n", "hall.yaml");

        assertThat(config.services().get(0).department()).isEqualTo(new LocalText("税务局", "Tax Bureau"));
        assertThat(config.services().get(1).department()).isNull();
        assertThat(config.reports()).isEqualTo(new ReportSettings(25, 36));
        assertThat(HallFile.parse(VALID, "hall.yaml").reports()).isEqualTo(new ReportSettings(10, 24));
    }

    @Test
    void refusesABadThresholdOrRetentionAtItsLine() {
        assertRefused(VALID + "assessment: {minItemsPerMonth: -1}\n", 28, "'minItemsPerMonth' must be a whole number of at least 0, got -1");
        assertRefused(VALID + "retention: {eventLogMonths: 0}\n", 28, "'eventLogMonths' must be a whole number of at least 1, got 0");
        assertRefused(VALID + "retention: {months: 3}\n", 28, "unknown key 'months' in retention (allowed: eventLogMonths)");
        assertRefused(edit(10, "    name: {zh: 税务, en: Tax}\n    department: 税务局"), 11, "department must be a mapping");
    }

    @Test
    void readsTheCalendarOfHolidaysAndMakeUpWorkingDays() {
        HallConfig config = HallFile.parse(VALID + "calendar:\n  holidays: [2025-10-01, 2025-10-02]\n  workdays: [2025-10-11]\n", "hall.yaml");

        assertThat(config.reports().calendar().isWorkingDay(java.time.LocalDate.of(2025, 10, 1))).isFalse();
        assertThat(config.reports().calendar().isWorkingDay(java.time.LocalDate.of(2025, 10, 11))).isTrue();
        assertThat(HallFile.parse(VALID, "hall.yaml").reports().calendar()).isEqualTo(org.onewindow.cases.WorkingCalendar.WEEKDAYS);
    }

    @Test
    void refusesABadCalendarAtItsLine() {
        assertRefused(VALID + "calendar:\n  holidays: [2025-13-01]\n", 29, "'holidays' lists dates as YYYY-MM-DD, got '2025-13-01'");
        assertRefused(VALID + "calendar:\n  holidays: [2025-10-01]\n  workdays: [2025-10-01]\n", 29,
                "2025-10-01 is listed both as a holiday and as a make-up working day");
        assertRefused(VALID + "calendar: {days: []}\n", 28, "unknown key 'days' in calendar (allowed: holidays, workdays)");
    }
}
