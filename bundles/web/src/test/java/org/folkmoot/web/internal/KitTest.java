package org.folkmoot.web.internal;

import static org.folkmoot.web.internal.PageRendererImplTest.headers;
import static org.folkmoot.web.internal.PageRendererImplTest.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.folkmoot.api.web.Page;
import org.junit.jupiter.api.Test;

/** The page kit's macros, rendered by the real renderer, against GOV.UK Frontend 5's markup. */
class KitTest {

    private final PageRendererImpl pages = new PageRendererImpl(new ModuleRegistry(PageRendererImplTest.emptyFramework()), SiteSettings.of(java.util.Map.of()));

    private String form(Map<String, String> errors, Map<String, String> values, String language) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(Page.ERRORS, errors);
        model.put("values", values);
        model.put("when", LocalDate.of(2027, 5, 15));
        return pages.render(Page.of(KitTest.class, "kit-form.ftlh", model), uri("form", Map.of("lang", language)), List.of());
    }

    private static String tag(String html, String id) {
        Matcher m = Pattern.compile("<(input|textarea|select|fieldset|div)[^>]* id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertTrue(m.find(), "no element with id " + id + " in " + html);
        return m.group();
    }

    @Test
    void withoutErrorsThereIsNoSummaryAndNoErrorMarkup() {
        String html = form(Map.of(), Map.of("name", "Siân"), "en");
        assertFalse(html.contains("govuk-error-summary") || html.contains("govuk-error-message") || html.contains("--error"), html);
        assertTrue(html.contains("<title>Kit – Folkmoot</title>"), html);
        assertEquals("<input class=\"govuk-input\" id=\"name\" name=\"name\" type=\"text\" value=\"Siân\" aria-describedby=\"name-hint\" autocomplete=\"name\">",
                tag(html, "name"));
        assertTrue(html.contains("<div id=\"name-hint\" class=\"govuk-hint\">As on your council tax bill</div>"), html);
        assertTrue(html.contains("<p id=\"when\">15 May 2027</p>"), html);
    }

    @Test
    void eachErrorSitsBesideItsFieldAndTheSummaryLinksToItsId() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("name", "Enter your name");
        errors.put("kind", "Choose <a> kind");
        errors.put("opened-month", "The month must be 1 to 12");
        errors.put("topic", "kit.date.day");
        String html = form(errors, Map.of(), "en");

        assertTrue(html.contains("<title>Error: Kit – Folkmoot</title>"), "the title says there is an error");
        int summary = html.indexOf("govuk-error-summary");
        assertTrue(summary > 0 && summary < html.indexOf("<form"), "the summary comes before the form");
        assertTrue(html.contains("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\">"), html);
        assertTrue(html.contains("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>"), html);
        List<String> links = Pattern.compile("<li><a href=\"#([^\"]+)\">").matcher(html.substring(summary, html.indexOf("<form")))
                .results().map(r -> r.group(1)).toList();
        assertEquals(List.of("name", "kind", "opened-month", "topic"), links, "in the order given, to each field's id");
        for (String id : links) {
            tag(html, id);
        }

        // the text input: its group, its message with a hidden prefix, its class and aria-describedby (hint then error)
        assertTrue(squeezed(html).contains("<div class=\"govuk-form-group govuk-form-group--error\"><label class=\"govuk-label\" for=\"name\">Name</label>"), html);
        assertTrue(html.contains("<p id=\"name-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Enter your name</p>"), html);
        assertEquals("<input class=\"govuk-input govuk-input--error\" id=\"name\" name=\"name\" type=\"text\" aria-describedby=\"name-hint name-error\" autocomplete=\"name\">",
                tag(html, "name"));
        assertTrue(html.indexOf("id=\"name-error\"") < html.indexOf("id=\"name\" name=\"name\""), "the message is above the input");

        // radios: the fieldset is described by the error, the first radio's id is the prefix, the next numbered from 2
        fieldsetBefore(html, "kind-error");
        assertTrue(html.contains("<p id=\"kind-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Choose &lt;a&gt; kind</p>"), "escaped: " + html);
        assertEquals("<input class=\"govuk-radios__input\" id=\"kind\" name=\"kind\" type=\"radio\" value=\"LEASE\">", tag(html, "kind"));
        assertEquals("<input class=\"govuk-radios__input\" id=\"kind-2\" name=\"kind\" type=\"radio\" value=\"OWNERSHIP\" aria-describedby=\"kind-2-item-hint\">",
                tag(html, "kind-2"));
        assertTrue(html.contains("<div id=\"kind-2-item-hint\" class=\"govuk-hint govuk-radios__hint\">Buy it</div>"), html);

        // a date: only the wrong part is marked; the group and the fieldset carry the error
        assertTrue(tag(html, "opened-month").contains("govuk-input--error"));
        assertFalse(tag(html, "opened-day").contains("govuk-input--error"));
        assertTrue(html.contains("<fieldset class=\"govuk-fieldset\" role=\"group\" aria-describedby=\"opened-hint opened-error\">"), html);
        assertTrue(html.contains("<p id=\"opened-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> The month must be 1 to 12</p>"), html);
        assertEquals("<input class=\"govuk-input govuk-date-input__input govuk-input--width-2 govuk-input--error\" id=\"opened-month\" name=\"opened-month\" type=\"text\" value=\"5\" inputmode=\"numeric\">",
                tag(html, "opened-month"));

        // checkboxes: an error given as a message key is shown in the page's language
        assertTrue(html.contains("<p id=\"topic-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Day</p>"), html);
        assertTrue(tag(html, "topic-2").contains("checked"), "the chosen checkbox stays chosen");

        // fields without an error stay plain
        assertEquals("<textarea class=\"govuk-textarea\" id=\"story\" name=\"story\" rows=\"5\">", tag(html, "story"));
        assertEquals("<select class=\"govuk-select\" id=\"sort\" name=\"sort\">", tag(html, "sort"));
        assertTrue(html.contains("<option value=\"newest\" selected>Newest</option>"), html);
    }

    /** The markup without the white space between tags, which the browser ignores. */
    private static String squeezed(String html) {
        return html.replaceAll(">\\s+<", "><");
    }

    private static String fieldsetBefore(String html, String describedBy) {
        Matcher m = Pattern.compile("<fieldset class=\"govuk-fieldset\" aria-describedby=\"" + describedBy + "\">").matcher(html);
        assertTrue(m.find(), "no fieldset described by " + describedBy);
        return m.group();
    }

    @Test
    void welshPagesHaveWelshKitTextAndDates() {
        String html = form(Map.of("name", "Rhowch eich enw"), Map.of(), "cy");
        assertTrue(html.contains("<title>Gwall: Kit – Folkmoot</title>"), html);
        assertTrue(html.contains("<h2 class=\"govuk-error-summary__title\">Mae problem wedi codi</h2>"), html);
        assertTrue(html.contains("<span class=\"govuk-visually-hidden\">Gwall:</span> Rhowch eich enw"), html);
        assertTrue(html.contains("<p id=\"when\">15 Mai 2027</p>"), html);
        assertTrue(html.contains(">Diwrnod</label>") && html.contains(">Blwyddyn</label>"), html);
        assertTrue(html.contains("data-i18n.choose-files-button=\"Dewis ffeil\""), html);
    }

    @Test
    void displayComponentsFollowGovukFrontend() {
        String html = pages.render(Page.of(KitTest.class, "kit-show.ftlh", Map.of()), uri("show", Map.of("lang", "cy")),
                List.of(Locale.ENGLISH));
        assertTrue(html.contains("<a href=\"/cases?lang=cy\" class=\"govuk-back-link\">Yn ôl</a>"), html);
        assertTrue(html.contains("<div class=\"govuk-notification-banner govuk-notification-banner--success\" role=\"alert\" "
                + "aria-labelledby=\"govuk-notification-banner-title\" data-module=\"govuk-notification-banner\" id=\"saved\">"), html);
        assertTrue(html.contains("<h2 class=\"govuk-notification-banner__title\" id=\"govuk-notification-banner-title\">Llwyddiant</h2>"), html);
        assertTrue(html.contains("<p class=\"govuk-notification-banner__heading\">Recorded</p>"), html);
        assertTrue(squeezed(html).contains("<dt class=\"govuk-summary-list__key\">State</dt><dd class=\"govuk-summary-list__value\" id=\"state\">Open</dd>"), html);
        assertTrue(html.contains("<caption class=\"govuk-table__caption govuk-table__caption--m\">Deadlines</caption>"), html);
        assertTrue(html.contains("<th scope=\"col\" class=\"govuk-table__header\">Case</th>"), html);
        assertTrue(squeezed(html).contains("<td class=\"govuk-table__cell\"><strong class=\"govuk-tag govuk-tag--red\">Overdue</strong></td>"), html);
        assertTrue(html.contains("<details class=\"govuk-details\" id=\"help\">"), html);
        assertTrue(html.contains("<nav class=\"govuk-pagination\" aria-label=\"Tudalennau\">"), html);
        assertTrue(html.contains("<a class=\"govuk-link govuk-pagination__link\" href=\"/s?page=3\" rel=\"next\">"), html);
        assertTrue(html.contains("<a class=\"govuk-link govuk-pagination__link\" href=\"/s?page=2\" aria-label=\"Tudalen 2\" aria-current=\"page\">2</a>"), html);
        assertTrue(html.contains("<li class=\"govuk-pagination__item govuk-pagination__item--ellipses\">&ctdot;</li>"), html);
        assertTrue(html.contains("<a class=\"govuk-link govuk-task-list__link\" href=\"/land\" aria-describedby=\"task-list-1-status\">Land</a>"), html);
        assertTrue(html.contains("<div id=\"task-list-2-hint\" class=\"govuk-task-list__hint\">Who asks</div>"), html);
        assertTrue(squeezed(html).contains("<div class=\"govuk-task-list__status\" id=\"task-list-2-status\"><strong class=\"govuk-tag govuk-tag--grey\">Cannot start yet</strong>"), html);
        assertTrue(html.contains("<script type=\"module\" src=\"/assets/folkmoot.js\"></script>"), "GOV.UK Frontend's JavaScript, from a file");
        assertFalse(html.contains("<script>") || html.contains("style=\""), "no inline script or style");
    }
}
