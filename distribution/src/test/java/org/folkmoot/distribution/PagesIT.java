package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.folkmoot.testkit.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
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

    /**
     * A form with two errors, with JavaScript on and off: each error sits in its field's form group,
     * above the field, and the summary links to that field's id (with JavaScript, GOV.UK Frontend's
     * error summary takes the focus and a link moves it to the field); a date is written in words.
     */
    @Test
    void eachErrorSitsBesideItsFieldAndTheSummaryLinksToIt() throws Exception {
        for (boolean javascript : new boolean[] {true, false}) {
            WebDriver browser = chromium(javascript);
            try {
                browser.get(folkmoot.uri("/example").toString());
                assertEquals(javascript, browser.findElement(By.tagName("body")).getAttribute("class")
                        .contains("govuk-frontend-supported"), "GOV.UK Frontend's JavaScript ran only where it could");
                browser.findElement(By.id("visited-day")).sendKeys("15");
                browser.findElement(By.id("visited-month")).sendKeys("13");
                browser.findElement(By.id("visited-year")).sendKeys("2025");
                Chromium.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form[action='/example'] button")));

                assertTrue(browser.getTitle().startsWith("Error: Example module"), browser.getTitle());
                WebElement summary = browser.findElement(By.className("govuk-error-summary"));
                java.util.List<WebElement> links = summary.findElements(By.tagName("a"));
                assertEquals(2, links.size(), summary.getText());
                assertEquals("#name", links.get(0).getDomAttribute("href"));
                assertEquals("Enter your name", links.get(0).getText());
                assertEquals("#visited-month", links.get(1).getDomAttribute("href"));
                assertEquals("The month must be a number from 1 to 12", links.get(1).getText());

                WebElement nameGroup = browser.findElement(By.xpath("//input[@id='name']/ancestor::div[contains(@class,'govuk-form-group')][1]"));
                assertTrue(nameGroup.getAttribute("class").contains("govuk-form-group--error"));
                assertEquals("Error: Enter your name", text(nameGroup.findElement(By.id("name-error"))));
                assertEquals("name-error", browser.findElement(By.id("name")).getAttribute("aria-describedby"));
                assertTrue(browser.findElement(By.id("name-error")).getLocation().getY()
                        < browser.findElement(By.id("name")).getLocation().getY(), "the message is just above its field");

                WebElement dateGroup = browser.findElement(By.xpath("//div[@id='visited']/ancestor::div[contains(@class,'govuk-form-group')][1]"));
                assertTrue(dateGroup.getAttribute("class").contains("govuk-form-group--error"));
                assertEquals("Error: The month must be a number from 1 to 12", text(dateGroup.findElement(By.id("visited-error"))));
                assertTrue(browser.findElement(By.id("visited-month")).getAttribute("class").contains("govuk-input--error"));
                assertFalse(browser.findElement(By.id("visited-day")).getAttribute("class").contains("govuk-input--error"),
                        "only the wrong part of the date is marked");
                assertEquals("13", browser.findElement(By.id("visited-month")).getAttribute("value"), "what was typed is kept");
                screenshot(browser, "form-errors-" + (javascript ? "js" : "nojs") + ".png");

                if (javascript) {
                    assertTrue(activeElement(browser).getAttribute("class").contains("govuk-error-summary"),
                            "the error summary takes the focus");
                }
                links.get(1).click();
                if (javascript) {
                    assertEquals("visited-month", activeElement(browser).getAttribute("id"), "the link moves the focus to the field");
                } else {
                    assertTrue(browser.getCurrentUrl().endsWith("#visited-month"), browser.getCurrentUrl());
                }

                browser.findElement(By.linkText("Cymraeg")).click();
                browser.findElement(By.id("name")).sendKeys("Siân");
                browser.findElement(By.id("visited-day")).sendKeys("15");
                browser.findElement(By.id("visited-month")).sendKeys("5");
                browser.findElement(By.id("visited-year")).sendKeys("2025");
                Chromium.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form[action='/example?lang=cy'] button")));
                assertTrue(browser.findElements(By.className("govuk-error-summary")).isEmpty());
                assertEquals("Diolch, Siân: eich ymweliad diwethaf oedd 15 Mai 2025.", browser.findElement(By.cssSelector(
                        "#thanks .govuk-notification-banner__heading")).getText(), "the date in Welsh words");
            } finally {
                browser.quit();
            }
        }
    }

    /** The element's text as read out, the visually hidden part included, on one line. */
    private static String text(WebElement element) {
        return element.getText().replaceAll("\\s+", " ").strip();
    }

    private static WebElement activeElement(WebDriver browser) {
        return (WebElement) ((JavascriptExecutor) browser).executeScript("return document.activeElement");
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
