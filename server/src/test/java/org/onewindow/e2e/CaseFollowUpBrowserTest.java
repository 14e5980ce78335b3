package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A 差评 case from the rating to closed in the manager console: the visitor rates 2, the clerk appeals over
 * the API, the hub's clock passes the callback's due date (the row shows overdue), then the manager records
 * the callback and the rectification with notes typed in the row, rejects the appeal and closes the case.
 */
class CaseFollowUpBrowserTest {
    @RegisterExtension
    final BrowserHall hall = BrowserHall.of(TestHub::start);

    @Test
    void theManagerWalksABadRatingToClosedThroughAnAppealAndAnOverdueFlag() {
        String clerk = hall.hub().login("s01");
        JsonObject ticket = hall.hub().issue("commerce");
        hall.hub().post("/api/v1/counters/1/open", null, clerk);
        hall.hub().post("/api/v1/counters/1/call", null, clerk);
        hall.hub().post("/api/v1/counters/1/complete", null, clerk);
        hall.hub().post("/api/v1/tickets/" + ticket.getString("id") + "/rating", new JsonObject().put("key", ticket.getString("key"))
                .put("score", 2).put("tags", new JsonArray().add("态度差")).put("comment", "窗口人员不耐烦"));
        String id = ticket.getString("id");
        assertThat(hall.hub().post("/api/v1/cases/" + id + "/appeal", new JsonObject().put("reason", "访客材料不全"), clerk).statusCode())
                .isEqualTo(200);
        hall.hub().clock.set(Instant.parse("2026-11-28T02:00:00Z")); // Saturday: Friday's callback was not made

        hall.signIn("/manager/", "m01");
        String row = "tr[data-case='" + id + "']";
        hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(row + ".row-overdue")));
        assertThat(hall.driver().findElement(By.cssSelector(row)).getText()).contains(ticket.getString("number"), "张三", "不满意",
                "态度差", "窗口人员不耐烦", "2026-11-27", "已逾期", "申诉");

        step(row, "callback", "已电话回访，致歉");
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(row + " .case-status"), "处理中"));
        step(row, "rectify", "窗口开展服务规范培训");
        hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(row + " [data-step='appeal/reject']"))).click();
        hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(row + " [data-step='close']"))).click();
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(row + " .case-status"), "已办结"));

        assertThat(hall.driver().findElement(By.cssSelector(row)).getText())
                .contains("回访", "已电话回访，致歉", "整改", "窗口开展服务规范培训", "申诉驳回", "办结", "王经理");
        assertThat(hall.hub().auditedActors("CASE_CLOSE")).containsExactly("m01");

        ((org.openqa.selenium.JavascriptExecutor) hall.driver()).executeScript(
                "document.getElementById('ratings-from').value='2026-11-26';document.getElementById('ratings-to').value='2026-11-28';");
        hall.driver().findElement(By.id("ratings-search")).click();
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("tr[data-rating='" + id + "']"), "窗口人员不耐烦"));
    }

    private void step(String row, String step, String note) {
        hall.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(row + " .case-note"))).sendKeys(note);
        hall.driver().findElement(By.cssSelector(row + " [data-step='" + step + "']")).click();
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(row), note));
    }
}
