package org.onewindow.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in to a staff page as people do: their id, their password, the sign-in button. */
final class StaffSignIn {
    private StaffSignIn() {
    }

    /** Opens {@code url} (a console page) in the current tab and signs in. */
    static void on(WebDriver driver, String url, String staff, String password) {
        driver.get(url);
        new WebDriverWait(driver, BrowserHall.WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("staff"))).sendKeys(staff);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
    }
}
