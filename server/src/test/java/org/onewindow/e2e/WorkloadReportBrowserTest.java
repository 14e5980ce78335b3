package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.HallFile;
import org.onewindow.reports.ReportHistory;
import org.onewindow.store.HallStore;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The manager's month in the browser: a month of history written before the hub starts, the workload
 * panel's chart of items served per window for that month (read back from the ECharts instance and
 * from the drawn SVG), the XLSX download, and a month with nothing in it saying so.
 */
class WorkloadReportBrowserTest {
    @RegisterExtension
    final BrowserHall hall = BrowserHall.of(WorkloadReportBrowserTest::hubWithMarch);

    /** The test hall with a month of history (March 2025, window 2 rarely open) written before the hub starts. */
    private static TestHub hubWithMarch(Path dir) {
        HallConfig config = HallFile.parse(TestHub.hallYaml(), "test-hall.yaml");
        try (HallStore store = HallStore.open(dir.resolve("data"), config.timezone())) {
            ReportHistory.write(store, config, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), 40, Set.of("2"));
        }
        return TestHub.start(dir);
    }

    @Test
    void theManagerSeesEachWindowsMonthAsAChartAndDownloadsItAsXlsx() throws Exception {
        JsonObject truth = hall.hub().get("/api/v1/reports/windows?from=2025-03-01&to=2025-03-31", hall.hub().login("m01")).bodyAsJsonObject();
        List<Integer> served = truth.getJsonArray("windows").stream().map(o -> ((JsonObject) o).getInteger("served")).toList();
        signIn();

        showMonth("2025-03");
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("wr-status"), "2025-03-01 至 2025-03-31"));
        hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#wr-volume svg")));
        @SuppressWarnings("unchecked")
        List<Long> drawn = (List<Long>) js().executeScript(
                "return echarts.getInstanceByDom(document.getElementById('wr-volume')).getOption().series[0].data;");
        assertThat(drawn.stream().map(Long::intValue).toList()).isEqualTo(served);
        String svg = hall.driver().findElement(By.cssSelector("#wr-volume svg")).getAttribute("innerHTML");
        assertThat(svg).contains("1号窗口", "2号窗口", "3号综合窗口", Integer.toString(served.get(0)));
        assertThat(hall.driver().findElement(By.id("wr-empty")).isDisplayed()).isFalse();
        assertThat(hall.driver().findElement(By.id("wr-concentration")).getText()).startsWith("前 ");
        assertThat(hall.driver().findElement(By.cssSelector("#wr-rank tr.flagged")).getText()).contains("2号窗口", "少于 10 件");
        Screenshots.save(hall.driver(), "manager-workload-1920.png");

        hall.driver().findElement(By.id("wr-xlsx")).click();
        hall.waiting().until(ExpectedConditions.attributeToBe(By.id("wr-status"), "data-downloaded", "windows-2025-03-01_2025-03-31.xlsx"));
        assertThat(hall.driver().findElement(By.id("wr-status")).getAttribute("data-type"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(hall.driver().findElement(By.id("wr-status")).getText()).isEqualTo("已下载 windows-2025-03-01_2025-03-31.xlsx");
        // The same request the button made, fetched by the page with the session's token and opened with POI.
        String base64 = (String) ((JavascriptExecutor) hall.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch('/api/v1/reports/windows?from=2025-03-01&to=2025-03-31&format=xlsx&lang=zh',
                      {headers: {Authorization: 'Bearer ' + Api.token()}})
                  .then(r => r.arrayBuffer())
                  .then(b => { var s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });
                """);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
            Sheet windows = book.getSheet("窗口");
            for (int i = 0; i < served.size(); i++) {
                assertThat(windows.getRow(i + 1).getCell(1).getNumericCellValue()).isEqualTo(served.get(i).doubleValue());
            }
        }
    }

    @Test
    void aMonthWithNothingInItSaysSoInBothLanguages() throws Exception {
        signIn();
        showMonth("2025-05");
        hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wr-empty")));
        assertThat(hall.driver().findElement(By.id("wr-empty")).getText()).isEqualTo("本期无数据");
        assertThat(hall.driver().findElement(By.id("wr-results")).isDisplayed()).isFalse();
        hall.driver().findElement(By.cssSelector("[data-lang-toggle]")).click();
        hall.waiting().until(ExpectedConditions.textToBe(By.id("wr-empty"), "No data for this period"));

        // Back to the month with data, at a laptop's 1366×768, for the record.
        hall.driver().manage().window().setSize(new Dimension(1366, 768));
        showMonth("2025-03");
        hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#wr-volume svg")));
        js().executeScript("document.getElementById('workload-panel').scrollIntoView();");
        Screenshots.save(hall.driver(), "manager-workload-1366.png");
    }

    private void signIn() {
        hall.signIn("/manager/", "m01");
        hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("workload-panel")));
    }

    private void showMonth(String month) {
        js().executeScript("document.getElementById('wr-kind').value = 'month';"
                + "document.getElementById('wr-month').value = arguments[0];", month);
        hall.driver().findElement(By.id("wr-show")).click();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) hall.driver();
    }
}
