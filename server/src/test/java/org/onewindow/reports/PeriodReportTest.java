package org.onewindow.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.HallFile;
import org.onewindow.store.HallStore;
import org.onewindow.store.ReportReader;

/**
 * A month of history (March 2025: 21 working days, 80 visitors a day) written through the store, and
 * the period report's every figure recounted independently with SQL over the same file.
 */
class PeriodReportTest {
    static final YearMonth MARCH = YearMonth.of(2025, 3);
    static final Instant LATER = Instant.parse("2025-06-01T00:00:00Z");
    static final HallConfig HALL = HallFile.fromSections(org.onewindow.hall.YamlNode.parse("""
            hall: {id: report-hall, name: {zh: 报表大厅, en: Report Hall}, timezone: Asia/Shanghai}
            services:
              - {id: commerce, prefix: A, name: {zh: 企业开办, en: Business registration}, averageMinutes: 15,
                 department: {zh: 市场监督管理局, en: Market Regulation Bureau}}
              - {id: change, prefix: B, name: {zh: 企业变更, en: Business change}, averageMinutes: 9,
                 department: {zh: 市场监督管理局, en: Market Regulation Bureau}}
              - {id: property, prefix: C, name: {zh: 不动产登记, en: Property registration}, averageMinutes: 14,
                 department: {zh: 不动产登记中心, en: Real Estate Registration Centre}}
              - {id: housing, prefix: D, name: {zh: 合同备案, en: Housing contracts}, averageMinutes: 7,
                 department: {zh: 住建局, en: Housing Bureau}}
              - {id: tax, prefix: E, name: {zh: 税务, en: Tax}, averageMinutes: 8}
            counters:
              - {id: "1", name: {zh: 1号窗口, en: Window 1}, profile: [commerce, change]}
              - {id: "2", name: {zh: 2号窗口, en: Window 2}, profile: [property, housing]}
              - {id: "3", name: {zh: 3号窗口, en: Window 3}, profile: [tax]}
              - {id: "4", name: {zh: 4号综合窗口, en: Window 4}, profile: ["*"]}
              - {id: "5", name: {zh: 5号窗口, en: Window 5}, profile: [housing]}
            assessment: {minItemsPerMonth: 30}
            """, "report-hall.yaml"), Set.of());
    static final Set<String> RARE = Set.of("5");

    static Path dir;
    static HallHistory history;
    static PeriodReport report;

    @BeforeAll
    static void writeAMonth() throws Exception {
        dir = Files.createTempDirectory("period-report");
        history = new HallHistory(HALL, 42, RARE);
        try (HallStore store = HallStore.open(dir, HALL.timezone())) {
            history.write(store, MARCH.atDay(1), MARCH.atEndOfMonth(), 80);
        }
        ReportReader.Facts facts = ReportReader.of(dir).read(Period.month(MARCH));
        report = PeriodReport.of(Period.month(MARCH), HALL, facts.visits(), facts.scores(), facts.changes(), LATER,
                facts.archivedBefore());
    }

    @AfterAll
    static void removeIt() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void everyWindowsFiguresEqualAnIndependentCount() throws Exception {
        int hallServed = count("SELECT count(*) FROM tickets WHERE status = 'completed'");
        assertThat(hallServed).isGreaterThan(1000);
        assertThat(report.total().served()).isEqualTo(hallServed);
        for (PeriodLine window : report.windows()) {
            String id = window.id();
            int served = count("SELECT count(*) FROM tickets WHERE counter = ? AND status = 'completed'", id);
            int noShows = count("SELECT count(*) FROM tickets WHERE counter = ? AND status = 'no_show'", id);
            List<Double> waits = doubles("SELECT " + WAIT + " FROM tickets WHERE counter = ? AND called_at IS NOT NULL ORDER BY 1", id);
            double serving = doubles("SELECT coalesce(sum(" + AT_WINDOW + "), 0) FROM tickets WHERE counter = ?", id).get(0);
            long daysOpen = HallHistory.workingDays(MARCH.atDay(1), MARCH.atEndOfMonth()).stream()
                    .filter(d -> history.windowsOn(d).stream().anyMatch(c -> c.id().equals(id))).count();
            double open = daysOpen * HallHistory.OPEN_MINUTES_PER_DAY;

            assertThat(window.served()).as("window %s served", id).isEqualTo(served);
            assertThat(window.noShows()).isEqualTo(noShows);
            assertThat(window.called()).isEqualTo(waits.size());
            assertThat(window.share()).isCloseTo((double) served / hallServed, within(0.00006));
            assertThat(window.noShowRate()).isCloseTo((double) noShows / (served + noShows), within(0.00006));
            assertThat(window.meanWaitMinutes()).isCloseTo(mean(waits), within(0.051));
            assertThat(window.p90WaitMinutes()).isCloseTo(waits.get((int) Math.ceil(0.9 * waits.size()) - 1), within(0.051));
            assertThat(window.meanServiceMinutes()).isCloseTo(mean(doubles("SELECT " + AT_WINDOW
                    + " FROM tickets WHERE counter = ? AND status = 'completed'", id)), within(0.051));
            assertThat(window.openMinutes()).isEqualTo(open);
            assertThat(window.utilisation()).isCloseTo(Math.min(1, serving / open), within(0.0002));
            Map<Integer, Integer> ratings = ratings("t.counter = ?", id);
            assertThat(window.ratings()).isEqualTo(ratings);
            assertThat(window.participation()).isCloseTo((double) window.ratingCount() / served, within(0.00006));
        }
    }

    @Test
    void servicesDepartmentsAndHoursEqualAnIndependentCount() throws Exception {
        for (PeriodLine service : report.services()) {
            assertThat(service.served()).isEqualTo(count("SELECT count(*) FROM tickets WHERE service = ? AND status = 'completed'", service.id()));
            assertThat(service.ratings()).isEqualTo(ratings("t.service = ?", service.id()));
        }
        assertThat(report.departments()).extracting(PeriodLine::id)
                .containsExactly("市场监督管理局", "不动产登记中心", "住建局", PeriodReport.NO_DEPARTMENT);
        assertThat(report.departments().get(0).served()).isEqualTo(
                count("SELECT count(*) FROM tickets WHERE service IN ('commerce', 'change') AND status = 'completed'"));
        assertThat(report.departments().get(3).served()).isEqualTo(
                count("SELECT count(*) FROM tickets WHERE service = 'tax' AND status = 'completed'"));
        for (HourLine hour : report.hours()) {
            assertThat(hour.arrivals()).as("arrivals at %d h", hour.hour()).isEqualTo(count(
                    "SELECT count(*) FROM tickets WHERE CAST(strftime('%H', issued_at, '+8 hours') AS INTEGER) = ?", hour.hour()));
        }
        assertThat(report.hours().stream().mapToInt(HourLine::arrivals).sum()).isEqualTo(history.tickets);
        assertThat(report.heat().stream().mapToInt(HourLine::arrivals).sum()).isEqualTo(history.tickets);
        assertThat(report.heat()).allSatisfy(cell -> assertThat(cell.hour()).isBetween(8, 17));
        assertThat(report.empty()).isFalse();
    }

    @Test
    void theAssessmentFlagsExactlyTheWindowsBelowTheThreshold() throws Exception {
        WindowAssessment assessment = WindowAssessment.of(MARCH, report, HALL.reports().minItemsPerMonth());

        Set<String> below = new TreeSet<>();
        for (var window : HALL.counters()) {
            if (count("SELECT count(*) FROM tickets WHERE counter = ? AND status = 'completed'", window.id()) < 30) {
                below.add(window.id());
            }
        }
        assertThat(below).containsExactly("5");
        assertThat(assessment.flagged()).extracting(r -> r.line().id()).containsExactlyInAnyOrderElementsOf(below);
        assertThat(assessment.windows()).extracting(WindowAssessment.Rank::rank).isSorted();
        assertThat(assessment.windows().get(assessment.windows().size() - 1).line().id()).isEqualTo("5");
        int topThree = count("SELECT count(*) FROM tickets WHERE status = 'completed' AND service <> 'tax'");
        assertThat(assessment.topShare()).isCloseTo((double) topThree / report.total().served(), within(0.00006));
        assertThat(assessment.topDepartments()).hasSize(3).extracting(PeriodLine::id).doesNotContain(PeriodReport.NO_DEPARTMENT);
    }

    @Test
    void aPeriodWithNothingInItSaysSo() {
        ReportReader.Facts facts = ReportReader.of(dir).read(Period.month(YearMonth.of(2025, 5)));
        PeriodReport may = PeriodReport.of(Period.month(YearMonth.of(2025, 5)), HALL, facts.visits(), facts.scores(),
                facts.changes(), LATER, facts.archivedBefore());
        assertThat(may.empty()).isTrue();
        assertThat(may.total().meanWaitMinutes()).isNull();
        assertThat(may.windows()).allSatisfy(w -> assertThat(w.served()).isZero());
        assertThat(WindowAssessment.of(YearMonth.of(2025, 5), may, 10).topShare()).isNull();
    }

    static final String WAIT = "(julianday(called_at) - julianday(issued_at)) * 1440";
    static final String AT_WINDOW = "(julianday(completed_at) - julianday(called_at)) * 1440";

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    static Map<Integer, Integer> ratings(String where, String value) throws Exception {
        Map<Integer, Integer> counts = new HashMap<>(Map.of(1, 0, 2, 0, 3, 0, 4, 0, 5, 0));
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "SELECT r.score, count(*) FROM ratings r JOIN tickets t ON t.id = r.ticket_id WHERE " + where + " GROUP BY r.score")) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.put(r.getInt(1), r.getInt(2));
                }
            }
        }
        return counts;
    }

    static int count(String sql, Object... args) throws Exception {
        return doubles(sql, args).get(0).intValue();
    }

    static List<Double> doubles(String sql, Object... args) throws Exception {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<Double> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getDouble(1));
                }
            }
            return values;
        }
    }

    static Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(HallStore.FILE_NAME));
    }

}
