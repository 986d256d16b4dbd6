package org.folkmoot.connector.consul.internal.mapping;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.api.security.Pseudonyms;
import org.folkmoot.api.text.HtmlText;
import org.folkmoot.api.text.TextLanguage;
import org.folkmoot.connector.consul.internal.client.ConsulItem;
import org.folkmoot.connector.consul.internal.client.ItemType;

/**
 * Turns one {@link ConsulItem} into the archive's {@link NewContribution}:
 *
 * <ul>
 * <li>external id {@code consul:<host>:<type>:<id>} ({@code proposal}, {@code debate}, {@code comment});</li>
 * <li>title as written; body the proposal's summary then its description, a debate's description or a comment's
 * body, HTML turned into plain text by the platform's {@link HtmlText};</li>
 * <li>language detected in that text by the platform's {@link TextLanguage} (CONSUL labels no text with a locale,
 * and has no Welsh by default); English when the detector is unsure;</li>
 * <li>the author as a pseudonym derived from the site and the author's id there, never a user name; someone who
 * keeps their activity private (no {@code public_author}) is filed under the site's {@code private} pseudonym;</li>
 * <li>created at {@code public_created_at} (CONSUL gives it to the hour);</li>
 * <li>filed under the site's proposals or debates (a comment with the item it is on), linked to its own page on
 * the site: {@code <url>/proposals/<id>}, {@code <url>/debates/<id>}, a comment's item page with
 * {@code #comment_<id>}.</li>
 * </ul>
 */
public final class ConsulMapper {

    /** The module that receives what CONSUL residents wrote. */
    public static final String MODULE = "connector-consul";
    /** Whom an item with no public author is filed under, per site. */
    static final String PRIVATE = "private";
    private static final int MAX_TITLE = 1000;

    private final Pseudonyms pseudonyms;
    private final HtmlText html;
    private final TextLanguage languages;

    public ConsulMapper(Pseudonyms pseudonyms, HtmlText html, TextLanguage languages) {
        this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
        this.html = Objects.requireNonNull(html, "html");
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    /** {@code consul:<host>:<type>:<id>}: cannot collide across sites, types or platforms. */
    public static String externalId(String host, ItemType type, String id) {
        return "consul:" + host + ":" + type.id() + ":" + id;
    }

    /**
     * The contribution for an item, or empty when it has no text or cannot be placed (a comment on something the
     * connector does not follow). An item whose author's account was deleted is the caller's to refuse.
     *
     * @param host the site's host
     * @param url  the site's public base URL
     */
    public Optional<NewContribution> map(String host, String url, ConsulItem item) {
        Optional<MappedText> text = text(item);
        ItemType filedAs = item.type() == ItemType.COMMENT ? item.rootType() : item.type();
        if (text.isEmpty() || filedAs == null || (item.type() == ItemType.COMMENT && item.rootId() == null)) {
            return Optional.empty();
        }
        MappedText t = text.get();
        return Optional.of(new NewContribution(externalId(host, item.type(), item.id()), MODULE, ConsulContainers.of(host, filedAs),
                item.type().id(), t.title().isEmpty() ? null : t.title(), t.body(), t.language(), null, author(host, item), item.created(),
                List.of(), link(url, item)));
    }

    /** The text an item gives the archive, or empty when it has none. */
    public Optional<MappedText> text(ConsulItem item) {
        String title = clip(html.toText(item.title()), MAX_TITLE);
        String summary = html.toText(item.summary());
        String description = html.toText(item.body());
        String body = summary.isEmpty() ? description : description.isEmpty() || description.equals(summary) ? summary
                : summary + "\n\n" + description;
        body = clip(body, ContributionArchive.MAX_BODY);
        if (body.isBlank()) {
            if (title.isBlank()) {
                return Optional.empty();
            }
            body = title;
        }
        String language = languages.detect(title.isEmpty() ? body : title + "\n" + body, null);
        return Optional.of(new MappedText(title, body, language.equals("und") ? "en" : language));
    }

    /** The pseudonym an item's author writes under in the archive. */
    public String author(String host, ConsulItem item) {
        return authorOnSite(host, item.author().id() == null ? PRIVATE : item.author().id());
    }

    /** The pseudonym of a person on a site, by their id there: what erasure looks for. */
    public String authorOnSite(String host, String authorId) {
        return pseudonyms.authorAt("consul:" + host, authorId);
    }

    /** The item's own page on the site. */
    public static String link(String url, ConsulItem item) {
        if (item.type() == ItemType.COMMENT) {
            return url + "/" + item.rootType().collection() + "/" + item.rootId() + "#comment_" + item.id();
        }
        return url + "/" + item.type().collection() + "/" + item.id();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * The text of an item as the archive holds it.
     *
     * @param title    plain text, may be empty
     * @param body     plain text, never blank
     * @param language the language detected in it
     */
    public record MappedText(String title, String body, String language) {
    }
}
