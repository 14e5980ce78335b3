package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.testing.OverloadedHall;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The manager's advisor advisor in the browser: after an hour that overloads commerce, the
 * manager opens the advice panel, reads the recommendation to add commerce to window 2, applies it
 * and sees window 2 serve commerce; advice the hall has moved past is refreshed, in plain words.
 */
class AdviceBrowserTest {
    private static final String ADVICE = "[data-advice='2+commerce']";
    @RegisterExtension
    final BrowserHall hall = BrowserHall.of(OverloadedHall::start);

    @Test
    void managerAppliesAdviceAndWindowTwoServesCommerce() {
        signInAndOpenAdvice();
        WebElement card = hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ADVICE)));
        assertThat(card.findElement(By.className("advice-text")).getText()).startsWith("2号窗口：增加企业开办");
        assertThat(card.getText()).contains("企业开办平均等候", "全厅平均等候", "→");
        assertThat(hall.driver().findElement(By.id("advice-auto")).getText()).isEqualTo("自动调度未开启");

        card.findElement(By.cssSelector("[data-apply]")).click();
        WebElement confirm = hall.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(ADVICE + " [data-confirm]")));
        assertThat(hall.driver().findElement(By.cssSelector(ADVICE + " .advice-confirm")).getText()).contains("60 分钟");
        confirm.click();

        // The hall.hub() answers until = 11:00 + the hall's 60-minute hold, in hall time.
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(ADVICE + " [data-applied]"), "已采纳，至 12:00"));
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#counters-table tr[data-counter='2']"), "企业开办"));
        JsonObject window2 = hall.hub().get("/api/v1/hall").bodyAsJsonObject().getJsonArray("counters").stream()
                .map(JsonObject.class::cast).filter(c -> "2".equals(c.getString("id"))).findFirst().orElseThrow();
        assertThat(window2.getJsonArray("profile").getList()).containsExactly("commerce", "tax");

        hall.driver().findElement(By.cssSelector("[data-lang-toggle]")).click();
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(ADVICE + " [data-applied]"), "Applied until 12:00"));
        assertThat(hall.driver().findElement(By.cssSelector(ADVICE + " .advice-text")).getText()).startsWith("Window 2: add Business registration");
    }

    @Test
    void adviceTheHallHasMovedPastIsRefreshedAndSaidSo() {
        signInAndOpenAdvice();
        hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ADVICE)));

        // Another manager applies the same advice first.
        assertThat(hall.hub().post("/api/v1/advice/2+commerce/apply", null, hall.hub().login("m01")).statusCode()).isEqualTo(200);

        hall.driver().findElement(By.cssSelector(ADVICE + " [data-apply]")).click();
        hall.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(ADVICE + " [data-confirm]"))).click();
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("advice-notice"), "大厅情况已变化"));
        hall.waiting().until(ExpectedConditions.attributeToBe(By.id("advice-list"), "aria-busy", "false"));
        assertThat(hall.driver().findElements(By.cssSelector(ADVICE))).isEmpty();
        assertThat(hall.driver().findElement(By.id("advice-none")).getText()).isEqualTo("当前各业务等候均衡，无需调整");
    }

    private void signInAndOpenAdvice() {
        hall.signIn("/manager/", "m01");
        hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#counters-table tr[data-counter='2']")));
        hall.waiting().until(ExpectedConditions.elementToBeClickable(By.id("advice-toggle"))).click();
    }
}
