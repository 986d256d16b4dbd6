package org.folkmoot.api.search;

import java.util.Objects;
import java.util.Set;
import org.folkmoot.api.container.ContainerRef;

/**
 * What a module asks {@link ContainerSearch} for.
 *
 * @param words      what the resident typed; blank lists every contribution, newest first
 * @param containers the containers to look in, at least one and at most {@value #MAX_CONTAINERS}
 * @param children   whether contributions to containers whose parent is one of them count too
 * @param language   only contributions in this language (BCP 47 primary tag, {@code en}, {@code cy}), or
 *                   null for every language
 * @param offset     the first hit to return, from 0; {@code offset + limit} is at most {@value #MAX_WINDOW}
 * @param limit      hits per page, 1 to {@value #MAX_LIMIT}
 */
public record SearchQuery(String words, Set<ContainerRef> containers, boolean children, String language, int offset,
        int limit) {

    public static final int MAX_CONTAINERS = 1_000;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_WINDOW = 10_000;
    public static final int DEFAULT_LIMIT = 10;

    public SearchQuery {
        words = words == null ? "" : words;
        Objects.requireNonNull(containers, "containers");
        containers = Set.copyOf(containers);
        if (containers.isEmpty() || containers.size() > MAX_CONTAINERS) {
            throw new IllegalArgumentException("search within 1 to " + MAX_CONTAINERS + " containers, not "
                    + containers.size());
        }
        language = language == null || language.isBlank() ? null : language;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        if (offset < 0 || offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset must be 0 to " + (MAX_WINDOW - limit) + ", not " + offset);
        }
    }

    /** The words within the containers (not their children), every language, the first page of ten. */
    public static SearchQuery within(String words, ContainerRef... containers) {
        return new SearchQuery(words, Set.of(containers), false, null, 0, DEFAULT_LIMIT);
    }

    /** The same query, counting contributions to the containers' children too. */
    public SearchQuery withChildren() {
        return new SearchQuery(words, containers, true, language, offset, limit);
    }

    /** The same query, only contributions in the language ({@code en}, {@code cy}); null for all. */
    public SearchQuery inLanguage(String newLanguage) {
        return new SearchQuery(words, containers, children, newLanguage, offset, limit);
    }

    /** The same query, another page. */
    public SearchQuery page(int newOffset, int newLimit) {
        return new SearchQuery(words, containers, children, language, newOffset, newLimit);
    }
}
