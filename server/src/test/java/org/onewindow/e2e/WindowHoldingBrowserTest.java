package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One clerk per window in the browser: 张三 (s01) serves at window 1; 李四 (s02) picks window 1 on
 * the staff console and is told, by name, that it is 张三's; the manager takes it over from the
 * manager console and 李四's console shows the new holder. Both consoles fit a 1366×768 screen;
 * screenshots go to java.io.tmpdir/onewindow-screens.
 */
class WindowHoldingBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final By PICKER = By.id("counter-select");
    private static final By WINDOW_ONE_ROW = By.cssSelector("#counters-table tr[data-counter='1']");

    @TempDir
    Path temp;

    private TestHub hub;
    private WebDriver driver;

    @BeforeEach
    void startHubAndBrowser() throws Exception {
        HeadlessChromium.assumeInstalled();
        hub = TestHub.start(temp);
        driver = HeadlessChromium.start(temp.resolve("chromium-profile"));
        driver.manage().window().setSize(new Dimension(1366, 768));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void aClerkPickingAHeldWindowSeesTheHolderAndTheManagerTakesItOver() throws Exception {
        String clerkA = hub.login("s01");
        hub.issue("commerce");
        hub.post("/api/v1/counters/1/open", null, clerkA);
        hub.post("/api/v1/counters/1/call", null, clerkA);

        // 李四 signs in on the staff console and picks window 1.
        signIn("/counter/", "s02");
        WebElement picker = waiting().until(ExpectedConditions.visibilityOfElementLocated(PICKER));
        waiting().until(d -> new Select(picker).getOptions().size() == 3);
        new Select(picker).selectByValue("1");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "张三"));
        assertThat(driver.findElement(By.id("message")).getText()).contains("1号窗口正由 张三 使用", "请管理员接管");
        assertThat(new Select(picker).getFirstSelectedOption().getText()).isEqualTo("1号窗口 · 张三 使用中");
        assertThat(driver.findElement(By.id("counter-holder")).getText()).isEqualTo("张三 使用中");
        assertThat(driver.findElement(By.id("call")).isEnabled()).isFalse();
        assertThat(driver.findElement(By.id("complete")).isEnabled()).isFalse();
        assertFits("staff console");
        screenshot("staff-console-held.png");
        String console = driver.getWindowHandle();

        // The manager sees who holds window 1 and takes it over, after a confirm.
        driver.switchTo().newWindow(WindowType.TAB);
        signIn("/manager/", "m01");
        WebElement row = waiting().until(ExpectedConditions.visibilityOfElementLocated(WINDOW_ONE_ROW));
        waiting().until(d -> row.getText().contains("张三"));
        assertThat(driver.findElement(By.cssSelector("#counters-table tr[data-counter='2']")).findElements(By.cssSelector("[data-take-over]"))).isEmpty();
        assertFits("manager console");
        driver.findElement(By.cssSelector("[data-take-over='1']")).click();
        WebElement yes = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-take-over-yes='1']")));
        assertThat(driver.findElement(WINDOW_ONE_ROW).getText()).contains("接管1号窗口？张三 将不能再在此窗口操作");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", yes);
        assertFits("manager console, confirming");
        screenshot("manager-console-take-over.png");
        yes.click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已接管1号窗口"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(WINDOW_ONE_ROW, "本人"));
        JsonObject windowOne = hub.get("/api/v1/hall").bodyAsJsonObject().getJsonArray("counters").getJsonObject(0);
        assertThat(windowOne.getString("staff")).isEqualTo("m01");
        assertThat(hub.auditedActors("COUNTER_TAKEN_OVER")).containsExactly("m01 (took window 1 over from s01)");

        // 李四's console follows the hall: window 1 is now the manager's, in either language.
        driver.switchTo().window(console);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "王经理"));
        driver.findElement(By.cssSelector("[data-lang-toggle]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Window 1 is held by 王经理"));
        assertThat(new Select(driver.findElement(PICKER)).getFirstSelectedOption().getText()).isEqualTo("Window 1 · held by 王经理");
        screenshot("staff-console-held-en.png");
    }

    private void signIn(String page, String staff) {
        driver.get("http://127.0.0.1:" + hub.port() + page);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("staff"))).sendKeys(staff);
        driver.findElement(By.id("password")).sendKeys(TestHub.PASSWORD);
        driver.findElement(By.id("login")).click();
    }

    /** No sideways scrolling of the page at 1366×768. */
    private void assertFits(String what) {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as(what + " overflows sideways").isLessThanOrEqualTo(0);
    }

    private void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "onewindow-screens"));
        Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }
}
