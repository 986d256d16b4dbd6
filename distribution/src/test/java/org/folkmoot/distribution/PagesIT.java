package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.folkmoot.testkit.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The pages in a real headless Chromium, as a resident uses them: the language switch, the
 * module navigation, the stylesheet, and everything again with JavaScript switched off.
 */
class PagesIT {

    private static FolkmootProcess folkmoot;

    @BeforeAll
    static void start() throws Exception {
        folkmoot = FolkmootProcess.start();
        folkmoot.command("enable", "example");
        folkmoot.await("/example", r -> r.statusCode() == 200, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() throws Exception {
        folkmoot.close();
    }

    static WebDriver chromium(boolean javascript) {
        return Chromium.start(javascript);
    }

    @Test
    void aResidentSwitchesToWelshAndBackOnTheSamePage() throws Exception {
        WebDriver browser = chromium(true);
        try {
            browser.get(folkmoot.uri("/").toString());
            assertEquals("Have your say in your council's decisions", browser.findElement(By.tagName("h1")).getText());
            screenshot(browser, "home-en.png");

            browser.findElement(By.linkText("Cymraeg")).click();
            assertTrue(browser.getCurrentUrl().endsWith("/?lang=cy"), browser.getCurrentUrl());
            assertEquals("Dweud eich dweud ym mhenderfyniadau eich cyngor", browser.findElement(By.tagName("h1")).getText());
            assertEquals("cy", browser.findElement(By.tagName("html")).getAttribute("lang"));
            screenshot(browser, "home-cy.png");

            browser.findElement(By.linkText("Enghraifft")).click();
            assertEquals("Modiwl enghreifftiol", browser.findElement(By.tagName("h1")).getText());
            browser.findElement(By.linkText("English")).click();
            assertTrue(browser.getCurrentUrl().endsWith("/example?lang=en"), browser.getCurrentUrl());
            assertEquals("Example module", browser.findElement(By.tagName("h1")).getText());
        } finally {
            browser.quit();
        }
    }

    @Test
    void theLayoutIsStyledWithoutTheGovukBrandFont() {
        WebDriver browser = chromium(true);
        try {
            browser.get(folkmoot.uri("/").toString());
            String font = browser.findElement(By.tagName("h1")).getCssValue("font-family");
            assertTrue(font.startsWith("Arial"), font);
            String margin = browser.findElement(By.cssSelector(".govuk-width-container")).getCssValue("max-width");
            assertEquals("960px", margin, "the GOV.UK Frontend stylesheet did not apply");
        } finally {
            browser.quit();
        }
    }

    @Test
    void everythingWorksWithJavaScriptSwitchedOff() {
        WebDriver browser = chromium(false);
        try {
            browser.get(folkmoot.uri("/").toString());
            browser.findElement(By.linkText("Example")).click();
            assertEquals("Example module", browser.findElement(By.tagName("h1")).getText());
            browser.findElement(By.linkText("Cymraeg")).click();
            assertEquals("Modiwl enghreifftiol", browser.findElement(By.tagName("h1")).getText());
            browser.findElement(By.partialLinkText("Folkmoot")).click();
            assertEquals("Dweud eich dweud ym mhenderfyniadau eich cyngor", browser.findElement(By.tagName("h1")).getText());
        } finally {
            browser.quit();
        }
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
