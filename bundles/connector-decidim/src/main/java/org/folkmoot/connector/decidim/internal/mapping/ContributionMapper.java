package org.folkmoot.connector.decidim.internal.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.api.security.Pseudonyms;
import org.folkmoot.api.text.HtmlText;
import org.folkmoot.api.text.TextLanguage;
import org.folkmoot.connector.decidim.internal.item.DecidimItem;
import org.folkmoot.connector.decidim.internal.item.Translation;

/**
 * Turns one {@link DecidimItem} into the archive's {@link NewContribution}: the one rule both ways in
 * (the GraphQL follower and the open-data bootstrap) follow.
 *
 * <ul>
 * <li>external id {@code decidim:<host>:<type>:<id>};</li>
 * <li>title and body from the text a person wrote, never a machine translation when a human one exists,
 * HTML turned into plain text; the language is the one detected in that text (Decidim has no Welsh locale,
 * so Welsh arrives labelled {@code en});</li>
 * <li>the author as a pseudonym derived from the site and the author's id there, never a name;</li>
 * <li>created when it was published, else when it was created;</li>
 * <li>filed under its component (whose parent is its space, see {@link DecidimContainers}), linked to its
 * own page on the Decidim site.</li>
 * </ul>
 */
public final class ContributionMapper {

    /** The module that receives what Decidim residents wrote. */
    public static final String MODULE = "connector-decidim";
    /** Whom an item with no personal author (an official proposal, a council meeting) is filed under. */
    static final String OFFICIAL = "official";
    private static final int MAX_TITLE = 1000;

    private final Pseudonyms pseudonyms;
    private final HtmlText html;
    private final TextLanguage languages;

    /**
     * @param html      the platform's HTML to text ({@link org.folkmoot.api.text})
     * @param languages the platform's language detection
     */
    public ContributionMapper(Pseudonyms pseudonyms, HtmlText html, TextLanguage languages) {
        this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
        this.html = Objects.requireNonNull(html, "html");
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    /**
     * The contribution for an item, or empty when it must not enter the archive: its author's account was
     * deleted (their words are erased, so they are never taken in), or it has no text at all.
     */
    public Optional<NewContribution> map(DecidimItem item) {
        if (item.authorDeleted()) {
            return Optional.empty();
        }
        return text(item).map(text -> new NewContribution(item.externalId(), MODULE,
                DecidimContainers.component(item, html), item.type().id(), text.title(), text.body(), text.language(), null,
                author(item), item.said(), text.tags(), item.url()));
    }

    /** The text an edit at the source gives: what {@link #map} would store, or empty. */
    public Optional<MappedText> text(DecidimItem item) {
        Optional<Translation> body = item.body().original();
        Optional<Translation> title = body.flatMap(b -> item.title().humanIn(b.locale())).or(() -> item.title().original());
        String bodyText = body.map(t -> clip(plainText(t.text()), ContributionArchive.MAX_BODY)).orElse("");
        String titleText = title.map(t -> clip(plainText(t.text()), MAX_TITLE)).orElse("");
        if (bodyText.isBlank()) {
            if (titleText.isBlank()) {
                return Optional.empty();
            }
            bodyText = titleText; // a meeting or result with a title only: its title is what was said
        }
        String declared = body.or(() -> title).map(Translation::locale).orElse(null);
        return Optional.of(new MappedText(titleText, bodyText, language(titleText + "\n" + bodyText, declared), tags(item)));
    }

    /** Its category or taxonomies as tags: lower case, no commas, at most 30 of 100 characters (the archive's limits). */
    List<String> tags(DecidimItem item) {
        return item.topics().stream().map(t -> html.toText(t).replace(',', ' ').strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).map(t -> t.length() > 100 ? t.substring(0, 100).strip() : t).distinct().limit(30)
                .toList();
    }

    /** The pseudonym an item's author writes under in the archive. */
    public String author(DecidimItem item) {
        return pseudonyms.authorAt(source(item.host()), item.authorIdIfAny().orElse(OFFICIAL));
    }

    /** The pseudonym of a person on a site, by their id there: what erasure looks for. */
    public String authorOnSite(String host, String authorId) {
        return pseudonyms.authorAt(source(host), authorId);
    }

    /** {@code decidim:<host>}: how pseudonyms name a site. */
    static String source(String host) {
        return "decidim:" + host;
    }

    /** The HTML to text this mapper uses, for titles mapped elsewhere. */
    public HtmlText html() {
        return html;
    }

    /** Decidim's rich text as plain text (the platform's {@link HtmlText} decides how). */
    public String plainText(String rich) {
        return html.toText(rich);
    }

    /** The language a text is written in; {@code und} (unknown) becomes English, the archive's default. */
    String language(String text, String declaredLocale) {
        String detected = languages.detect(text, declaredLocale);
        return detected == null || detected.isBlank() || detected.equals("und") ? "en" : detected;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }


    /**
     * The text of an item as the archive holds it.
     *
     * @param title    plain text, may be empty
     * @param body     plain text, never blank
     * @param language BCP 47 language of the text
     * @param tags     its category or taxonomies, as tags
     */
    public record MappedText(String title, String body, String language, List<String> tags) {
    }
}
