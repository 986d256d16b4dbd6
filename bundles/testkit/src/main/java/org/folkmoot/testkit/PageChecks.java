package org.folkmoot.testkit;

import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The two checks every page gets in English and Welsh: no WCAG 2.2 A/AA violation that axe-core
 * finds, and on a Welsh page no English text from the messages files. Each returns what it found,
 * as lines a developer can act on; an empty list is a pass.
 */
public final class PageChecks {

    /**
     * What a person sees or hears on the page: visible text nodes, accessible names given as
     * attributes, the values of buttons and the title. Text inside an element that says it is in
     * another language than the page ({@code lang="en"} on a Welsh page: the language switch, a
     * resident's English words) is left out, as a screen reader would read it in that language.
     */
    private static final String VISIBLE_TEXT = """
            const out = [document.title];
            const page = document.documentElement.lang;
            const welsh = el => { const l = el.closest('[lang]'); return !l || l.lang === page; };
            const shown = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
                && getComputedStyle(el).visibility !== 'hidden';
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement;
              if (n.textContent.trim() && el && !['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)
                  && welsh(el) && (shown(el) || el.closest('.govuk-visually-hidden'))) out.push(n.textContent);
            }
            for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], input[type=submit], input[type=button], img[alt]')) {
              if (!welsh(el)) continue;
              for (const a of ['aria-label', 'title', 'placeholder', 'alt']) if (el.getAttribute(a)) out.push(el.getAttribute(a));
              if (el.tagName === 'INPUT' && el.value) out.push(el.value);
            }
            return out;
            """;

    private PageChecks() {
    }

    /** axe-core's WCAG 2.2 A/AA violations on the page the browser shows, one line each. */
    public static List<String> accessibility(WebDriver browser) {
        return Axe.violations(browser).stream().map(v -> browser.getCurrentUrl() + ": " + v).toList();
    }

    /** English on the Welsh page the browser shows, one line per text with the message it came from. */
    public static List<String> englishOnWelshPage(WebDriver browser, Messages messages) {
        List<String> problems = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object> texts = (List<Object>) ((JavascriptExecutor) browser).executeScript(VISIBLE_TEXT);
        for (Object text : texts) {
            for (Messages.Phrase phrase : messages.englishIn(String.valueOf(text))) {
                problems.add(browser.getCurrentUrl() + ": \"" + Messages.normal(String.valueOf(text)) + "\" is English ("
                        + phrase.key() + " in " + phrase.source() + ")");
            }
        }
        return problems;
    }
}
