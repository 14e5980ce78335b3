package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.testing.TestHub;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A kiosk pairs itself the first time it opens, keeps its pairing across reloads, and says plainly
 * when a manager revoked it — in Debian's headless Chromium against a real hub.
 */
class DevicePairingBrowserTest {
    @RegisterExtension
    final BrowserHall hall = BrowserHall.of(TestHub::start);

    @Test
    void aKioskPairsOnceKeepsItsPairingAndSaysWhenItWasRevoked() {
        hall.driver().get(hall.base() + "/kiosk/?name=entrance");
        String kiosk = hall.driver().getWindowHandle();
        String code = ConsolePairing.codeShown(hall.driver());
        assertThat(code).matches("\\d{6}");
        assertThat(hall.driver().findElements(By.cssSelector("[data-service]")).stream().noneMatch(b -> b.isDisplayed()))
                .as("an unpaired kiosk offers nothing to tap").isTrue();

        hall.driver().switchTo().newWindow(WindowType.TAB);
        String manager = hall.driver().getWindowHandle();
        ConsolePairing.signInManager(hall.driver(), hall.base(), "m01", TestHub.PASSWORD);
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("pairings-body"), "entrance"));
        ConsolePairing.approve(hall.driver(), code, "k1");
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#devices-body tr[data-device='k1']"), "是"));

        hall.driver().switchTo().window(kiosk);
        hall.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-service='commerce']")));
        hall.driver().navigate().refresh();
        hall.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-service='commerce']")));
        assertThat(hall.driver().findElements(By.id("pairing")).stream().noneMatch(p -> p.isDisplayed()))
                .as("the pairing survives a reload").isTrue();

        hall.driver().switchTo().window(manager);
        hall.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-revoke='k1']"))).click();
        hall.waiting().until(ExpectedConditions.alertIsPresent()).accept();
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("devices-notice"), "已撤销"));

        // The kiosk's next tap is refused by the hall.hub(), and the kiosk says why.
        hall.driver().switchTo().window(kiosk);
        hall.driver().findElement(By.cssSelector("[data-service='commerce']")).click();
        hall.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("pairing"), "撤销"));
        assertThat(ConsolePairing.codeShown(hall.driver())).matches("\\d{6}").isNotEqualTo(code);
        assertThat(hall.hub().get("/api/v1/hall").bodyAsJsonObject().getJsonArray("services").getJsonObject(0).getInteger("waiting"))
                .as("no ticket was issued by the revoked kiosk").isZero();
    }

}
