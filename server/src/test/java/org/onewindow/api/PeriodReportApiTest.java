package org.onewindow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.ApiAssertions.assertError;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.HallFile;
import org.onewindow.reports.ReportHistory;
import org.onewindow.store.HallStore;
import org.onewindow.testing.TestHub;

/** The period report and the assessment over HTTP, on a month of history written before the hub started. */
class PeriodReportApiTest {
    @TempDir
    Path dir;

    private TestHub hub;
    private String manager;

    @BeforeEach
    void start() {
        HallConfig config = HallFile.parse(TestHub.hallYaml(), "test-hall.yaml");
        try (HallStore store = HallStore.open(dir.resolve("data"), config.timezone())) {
            ReportHistory.write(store, config, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), 40, Set.of("2"));
        }
        hub = TestHub.start(dir);
        manager = hub.login("m01");
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void windowsOverAMonthCountWhatTheDatabaseHolds() throws Exception {
        JsonObject report = ok(hub.get("/api/v1/reports/windows?from=2025-03-01&to=2025-03-31", manager));

        assertThat(report.getString("from")).isEqualTo("2025-03-01");
        assertThat(report.getBoolean("empty")).isFalse();
        int total = count("SELECT count(*) FROM tickets WHERE status = 'completed' AND day LIKE '2025-03-%'");
        assertThat(report.getJsonObject("total").getInteger("served")).isEqualTo(total);
        for (Object o : report.getJsonArray("windows")) {
            JsonObject w = (JsonObject) o;
            int served = count("SELECT count(*) FROM tickets WHERE status = 'completed' AND counter = '" + w.getString("counter") + "'");
            assertThat(w.getInteger("served")).as("window %s", w.getString("counter")).isEqualTo(served);
            assertThat(w.getDouble("share")).isCloseTo((double) served / total, org.assertj.core.data.Offset.offset(0.00006));
            assertThat(w.getJsonObject("ratings").fieldNames()).containsExactlyInAnyOrder("1", "2", "3", "4", "5");
        }
        assertThat(report.getJsonArray("hours")).hasSize(24);
        assertThat(report.getJsonArray("services").getJsonObject(0).getString("service")).isEqualTo("commerce");
    }

    @Test
    void theXlsxHoldsTheSameFiguresInTypedCellsUnderAHeaderRow() throws Exception {
        JsonObject json = ok(hub.get("/api/v1/reports/windows?from=2025-03-01&to=2025-03-31", manager));
        HttpResponse<Buffer> xlsx = hub.get("/api/v1/reports/windows?from=2025-03-01&to=2025-03-31&format=xlsx&lang=en", manager);

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.getHeader("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"windows-2025-03-01_2025-03-31.xlsx\"");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body().getBytes()))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("About", "Windows", "Services", "Departments", "Hours");
            Sheet windows = book.getSheet("Windows");
            assertThat(texts(windows.getRow(0))).startsWith("Window", "Served", "Share", "Called", "No-shows", "No-show rate",
                    "Mean wait (min)", "90th pct wait (min)", "Mean service (min)", "Open (min)", "Serving (min)", "Utilisation",
                    "Very dissatisfied (1)");
            JsonArray lines = json.getJsonArray("windows").copy().add(json.getJsonObject("total"));
            assertThat(windows.getLastRowNum()).isEqualTo(lines.size());
            String[] fields = {"served", "share", "called", "noShows", "noShowRate", "meanWaitMinutes", "p90WaitMinutes",
                    "meanServiceMinutes", "openMinutes", "servingMinutes", "utilisation"};
            for (int r = 0; r < lines.size(); r++) {
                JsonObject line = lines.getJsonObject(r);
                Row row = windows.getRow(r + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(line.getJsonObject("name").getString("en"));
                for (int c = 0; c < fields.length; c++) {
                    Number expected = (Number) line.getValue(fields[c]);
                    Cell cell = row.getCell(c + 1);
                    if (expected == null) {
                        assertThat(cell == null || cell.getCellType() == CellType.BLANK).as("row %d %s", r, fields[c]).isTrue();
                    } else {
                        assertThat(cell.getCellType()).as("row %d %s", r, fields[c]).isEqualTo(CellType.NUMERIC);
                        assertThat(cell.getNumericCellValue()).as("row %d %s", r, fields[c]).isEqualTo(expected.doubleValue());
                    }
                }
                for (int score = 1; score <= 5; score++) {
                    assertThat(row.getCell(fields.length + score).getNumericCellValue())
                            .isEqualTo(line.getJsonObject("ratings").getInteger(Integer.toString(score)).doubleValue());
                }
            }
            assertThat(windows.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    @Test
    void theCsvIsUtf8WithABomForExcel() {
        HttpResponse<Buffer> csv = hub.get("/api/v1/reports/windows?from=2025-03-01&to=2025-03-31&format=csv", manager);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.getHeader("Content-Type")).isEqualTo("text/csv; charset=utf-8");
        byte[] bytes = csv.body().getBytes();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("说明\r\n项目,内容\r\n大厅,测试大厅\r\n").contains("\r\n窗口\r\n窗口,办件量,占比,");
    }

    @Test
    void theAssessmentRanksWindowsAndFlagsThoseBelowTheHallsThreshold() throws Exception {
        JsonObject assessment = ok(hub.get("/api/v1/reports/assessment?month=2025-03", manager));

        assertThat(assessment.getInteger("minItems")).isEqualTo(10);
        List<String> flagged = new ArrayList<>();
        int previous = Integer.MAX_VALUE;
        for (Object o : assessment.getJsonArray("windows")) {
            JsonObject w = (JsonObject) o;
            assertThat(w.getInteger("served")).isLessThanOrEqualTo(previous);
            previous = w.getInteger("served");
            if (w.getBoolean("flagged")) {
                flagged.add(w.getString("counter"));
            }
        }
        List<String> below = new ArrayList<>();
        for (String id : List.of("1", "2", "3")) {
            if (count("SELECT count(*) FROM tickets WHERE status = 'completed' AND counter = '" + id + "'") < 10) {
                below.add(id);
            }
        }
        assertThat(below).containsExactly("2");
        assertThat(flagged).isEqualTo(below);
        assertThat(assessment.getJsonObject("concentration").getInteger("top")).isEqualTo(3);

        HttpResponse<Buffer> xlsx = hub.get("/api/v1/reports/assessment?month=2025-03&format=xlsx", manager);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body().getBytes()))) {
            Sheet ranking = book.getSheet("窗口考评");
            assertThat(ranking.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名次");
            Row last = ranking.getRow(ranking.getLastRowNum());
            assertThat(last.getCell(1).getStringCellValue()).isEqualTo("2号窗口");
            assertThat(last.getCell(9).getNumericCellValue()).isZero(); // no overdue cases
            assertThat(last.getCell(10).getStringCellValue()).startsWith("是");
        }
    }

    @Test
    void anEmptyPeriodSaysSoAndBadInputIsRefused() {
        JsonObject may = ok(hub.get("/api/v1/reports/windows?from=2025-05-01&to=2025-05-31", manager));
        assertThat(may.getBoolean("empty")).isTrue();
        assertThat(may.getJsonObject("total").getValue("meanWaitMinutes")).isNull();

        assertError(hub.get("/api/v1/reports/windows?from=2025-03-31&to=2025-03-01", manager), 400, "BAD_REQUEST");
        assertError(hub.get("/api/v1/reports/windows?from=march&to=2025-03-01", manager), 400, "BAD_REQUEST");
        assertError(hub.get("/api/v1/reports/windows?from=2024-01-01&to=2025-03-01", manager), 400, "BAD_REQUEST");
        assertError(hub.get("/api/v1/reports/windows?from=2025-03-01&to=2025-03-31&format=pdf", manager), 400, "BAD_REQUEST");
        assertError(hub.get("/api/v1/reports/assessment?month=2025-13", manager), 400, "BAD_REQUEST");
        assertError(hub.get("/api/v1/reports/assessment?month=2025-03", hub.login("s01")), 403, "FORBIDDEN");
        assertThat(hub.get("/api/v1/reports/windows?from=2025-03-01&to=2025-03-31", null).statusCode()).isEqualTo(401);
    }

    private static JsonObject ok(HttpResponse<Buffer> response) {
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
        return response.bodyAsJsonObject();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    private int count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data").resolve(HallStore.FILE_NAME));
             PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }
}
