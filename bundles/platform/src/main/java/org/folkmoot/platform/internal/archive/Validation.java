package org.folkmoot.platform.internal.archive;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.archive.NewContribution;

/** Checks a contribution before it is stored; every message is meant for the person who sent it. */
final class Validation {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern GSS = Pattern.compile("[A-Z][0-9]{8}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    /**
     * An imported author: {@code anonymous}, or an opaque id in lower-case letters, digits and
     * hyphens with at least one hyphen ({@code u-} and 26 base32 characters for Folkmoot's own,
     * {@code <prefix>-<id>} for another platform's, such as {@code decidim-4711}).
     */
    static final Pattern IMPORTED_AUTHOR = Pattern.compile("anonymous|[a-z][a-z0-9]*(-[a-z0-9]+)+");
    static final int MAX_AUTHOR = 100;

    private Validation() {
    }

    static NewContribution check(NewContribution c) {
        if (c.body().isBlank()) {
            throw new IllegalArgumentException("body must not be empty");
        }
        if (c.body().length() > ContributionArchive.MAX_BODY) {
            throw new IllegalArgumentException("body is longer than " + ContributionArchive.MAX_BODY + " characters");
        }
        length("title", c.title(), 1000);
        length("externalId", c.externalId(), 300);
        if (c.externalId() != null && c.externalId().isBlank()) {
            throw new IllegalArgumentException("externalId must not be blank");
        }
        String module = name("module", c.module());
        String kind = name("kind", c.kind());
        String containerType = name("containerType", c.container().type());
        length("containerId", c.container().id(), 300);
        if (c.container().id().isBlank()) {
            throw new IllegalArgumentException("containerId must not be empty");
        }
        length("containerTitle", c.container().title(), 1000);
        if (c.author().isBlank()) {
            throw new IllegalArgumentException("author must not be empty");
        }
        length("author", c.author(), 200);
        if (!LANGUAGE.matcher(c.language()).matches() || c.language().length() > 35) {
            throw new IllegalArgumentException("language '" + c.language() + "' is not a BCP 47 tag such as en, cy or gd");
        }
        String locality = c.locality() == null ? "" : c.locality().trim().toUpperCase(Locale.ROOT);
        if (!locality.isEmpty() && !GSS.matcher(locality).matches()) {
            throw new IllegalArgumentException("locality '" + c.locality() + "' is not a GSS code such as E07000078");
        }
        return new NewContribution(c.externalId(), module,
                new org.folkmoot.api.archive.Container(containerType, c.container().id(), c.container().title()), kind,
                c.title(), c.body(), c.language(), locality, c.author(), c.created(), tags(c.tags()), link(c.link()));
    }

    /**
     * A link is a path in Folkmoot ({@code /assets/cases/42}) or an absolute https URL with a host; anything
     * else (another scheme, a protocol-relative {@code //host}, spaces) is refused, because search and
     * export put it in an {@code href} unchanged.
     */
    static String link(String link) {
        if (link == null) {
            return null;
        }
        length("link", link, 2000);
        boolean path = link.startsWith("/") && !link.startsWith("//");
        if (path || link.startsWith("https://")) {
            try {
                URI uri = new URI(link);
                if (path ? uri.getScheme() == null && uri.getRawAuthority() == null
                        : uri.getHost() != null && !uri.getHost().isEmpty()) {
                    return link;
                }
            } catch (URISyntaxException e) {
                // falls through to the refusal
            }
        }
        throw new IllegalArgumentException("link '" + shorten(link)
                + "' must be a path in Folkmoot starting with '/' or an https URL such as https://example.gov.uk/page");
    }

    /**
     * Refuses an imported author that could be a person's name, email address or sign-in name: the
     * archive and its export are public, so only pseudonyms may stand there.
     */
    static NewContribution checkImportedAuthor(NewContribution c, java.util.function.Predicate<String> isSignInName) {
        String author = c.author();
        if (author.length() > MAX_AUTHOR || !IMPORTED_AUTHOR.matcher(author).matches()) {
            throw new IllegalArgumentException("author '" + shorten(author) + "' is not a pseudonymous id: send an opaque id "
                    + "in lower-case letters, digits and hyphens, such as decidim-4711 or u-" + "a".repeat(26)
                    + " (or anonymous), never a name or an email address");
        }
        if (isSignInName.test(author)) {
            throw new IllegalArgumentException("author '" + author + "' is the sign-in name of an account here: send "
                    + "that account's pseudonym (its 'author' in GET /api/auth/me) instead");
        }
        return c;
    }

    private static String shorten(String s) {
        return (s.length() > 60 ? s.substring(0, 60) + "…" : s).replaceAll("\\p{Cntrl}", "?");
    }

    static List<String> tags(List<String> tags) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : tags) {
            if (t == null) {
                continue;
            }
            String tag = t.trim().toLowerCase(Locale.ROOT);
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.contains(",") || tag.length() > 100) {
                throw new IllegalArgumentException("tag '" + t + "' must be under 100 characters and have no comma");
            }
            out.add(tag);
        }
        if (out.size() > 30) {
            throw new IllegalArgumentException("at most 30 tags");
        }
        String joined = String.join(",", out);
        if (joined.length() > 2000) {
            throw new IllegalArgumentException("tags are too long");
        }
        return new ArrayList<>(out);
    }

    /** Lower-cases a name (module, kind, container type) and checks it. */
    private static String name(String field, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.length() > 100 || !NAME.matcher(v).matches()) {
            throw new IllegalArgumentException(field + " '" + value
                    + "' must be letters, digits, '.', '_' or '-' (at most 100)");
        }
        return v;
    }

    static void length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
    }
}
