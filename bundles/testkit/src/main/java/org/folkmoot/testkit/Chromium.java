package org.folkmoot.testkit;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The headless Chromium that {@code .ci/run} installs ({@code FOLKMOOT_CHROMIUM},
 * {@code FOLKMOOT_CHROMEDRIVER}, else Debian's paths), driven through ChromeDriver. Needs Selenium on
 * the test class path (the kit declares it optional).
 */
public final class Chromium {

    private Chromium() {
    }

    /** A new browser; {@code quit()} it when done. */
    public static WebDriver start(boolean javascript) {
        String binary = System.getenv().getOrDefault("FOLKMOOT_CHROMIUM", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("FOLKMOOT_CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions().setBinary(binary).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1200,900");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driver).toFile()).build();
        return new ChromeDriver(service, options);
    }

    /**
     * Signs in through the runtime's own sign-in form and waits until the browser has followed the
     * redirect away from it: a click returns before the 303 is followed, and navigating at once would
     * abandon the sign-in.
     */
    public static void signIn(WebDriver browser, URI loginPage, String username, String password) {
        browser.get(loginPage.toString());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form[action^='/login'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .withMessage("the sign-in's redirect away from " + loginPage.getPath())
                .until(b -> !URI.create(b.getCurrentUrl()).getPath().startsWith("/login"));
    }

    /**
     * Clicks a form's button (or a link) and waits until the page it was on has gone: a click returns
     * before the next page has arrived. Mid-navigation Chromium may say the old element is stale or that
     * its node "does not belong to the document"; both mean the page has gone.
     */
    public static void clickAndWaitForNextPage(WebDriver browser, WebElement element) {
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage("the next page after the click")
                .until(b -> gone(element));
    }

    private static boolean gone(WebElement element) {
        try {
            element.isDisplayed();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException e) {
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }
}
