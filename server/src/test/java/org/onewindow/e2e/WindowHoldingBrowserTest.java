package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * One clerk per window in the browser: 张三 (s01) serves at window 1; 李四 (s02) picks window 1 on
 * the staff console and is told, by name, that it is 张三's; the manager takes it over from the
 * manager console and 李四's console shows the new holder. Both consoles fit a 1366×768 screen;
 * screenshots go to java.io.tmpdir/onewindow-screens.
 */
class WindowHoldingBrowserTest {
    private static final By PICKER = By.id("counter-select");
    private static final By WINDOW_ONE_ROW = By.cssSelector("#counters-table tr[data-counter='1']");

    @RegisterExtension
    final BrowserHall hall = BrowserHall.sized(TestHub::start, 1366, 768);

    @Test
    void aClerkPickingAHeldWindowSeesTheHolderAndTheManagerTakesItOver() throws Exception {
        String clerkA = hall.hub().login("s01");
        hall.hub().issue("commerce");
        hall.hub().post("/api/v1/counters/1/open", null, clerkA);
        hall.hub().post("/api/v1/counters/1/call", null, clerkA);

        // 李四 signs in on the staff console and picks window 1.
        hall.signIn("/counter/", "s02");
        WebElement picker = hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(PICKER));
        hall.waiting().until(d -> new Select(picker).getOptions().size() == 3);
        new Select(picker).selectByValue("1");
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "张三"));
        assertThat(hall.driver().findElement(By.id("message")).getText()).contains("1号窗口正由 张三 使用", "请管理员接管");
        assertThat(new Select(picker).getFirstSelectedOption().getText()).isEqualTo("1号窗口 · 张三 使用中");
        assertThat(hall.driver().findElement(By.id("counter-holder")).getText()).isEqualTo("张三 使用中");
        assertThat(hall.driver().findElement(By.id("call")).isEnabled()).isFalse();
        assertThat(hall.driver().findElement(By.id("complete")).isEnabled()).isFalse();
        hall.assertNoSidewaysScroll("staff console");
        Screenshots.save(hall.driver(), "staff-console-held.png");
        String console = hall.driver().getWindowHandle();

        // The manager sees who holds window 1 and takes it over, after a confirm.
        hall.driver().switchTo().newWindow(WindowType.TAB);
        hall.signIn("/manager/", "m01");
        WebElement row = hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(WINDOW_ONE_ROW));
        hall.waiting().until(d -> row.getText().contains("张三"));
        assertThat(hall.driver().findElement(By.cssSelector("#counters-table tr[data-counter='2']")).findElements(By.cssSelector("[data-take-over]"))).isEmpty();
        hall.assertNoSidewaysScroll("manager console");
        hall.driver().findElement(By.cssSelector("[data-take-over='1']")).click();
        WebElement yes = hall.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-take-over-yes='1']")));
        assertThat(hall.driver().findElement(WINDOW_ONE_ROW).getText()).contains("接管1号窗口？张三 将不能再在此窗口操作");
        ((JavascriptExecutor) hall.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", yes);
        hall.assertNoSidewaysScroll("manager console, confirming");
        Screenshots.save(hall.driver(), "manager-console-take-over.png");
        yes.click();
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已接管1号窗口"));
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(WINDOW_ONE_ROW, "本人"));
        JsonObject windowOne = hall.hub().get("/api/v1/hall").bodyAsJsonObject().getJsonArray("counters").getJsonObject(0);
        assertThat(windowOne.getString("staff")).isEqualTo("m01");
        assertThat(hall.hub().auditedActors("COUNTER_TAKEN_OVER")).containsExactly("m01 (took window 1 over from s01)");

        // 李四's console follows the hall: window 1 is now the manager's, in either language.
        hall.driver().switchTo().window(console);
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "王经理"));
        hall.driver().findElement(By.cssSelector("[data-lang-toggle]")).click();
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Window 1 is held by 王经理"));
        assertThat(new Select(hall.driver().findElement(PICKER)).getFirstSelectedOption().getText()).isEqualTo("Window 1 · held by 王经理");
        Screenshots.save(hall.driver(), "staff-console-held-en.png");
    }
}
