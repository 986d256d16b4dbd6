package org.folkmoot.search.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Facet values as residents read them on the page: places by council name instead of GSS code,
 * languages by name instead of BCP 47 tag (the page's messages still name English and Welsh), and
 * no value without a value or a name to show.
 */
final class FacetNames {

    private static final Locale WELSH = Locale.forLanguageTag("cy");

    private FacetNames() {
    }

    static Map<String, List<SearchResource.FacetValue>> named(Map<String, List<SearchResource.FacetValue>> facets) {
        Map<String, List<SearchResource.FacetValue>> named = new LinkedHashMap<>();
        facets.forEach((dim, values) -> {
            List<SearchResource.FacetValue> shown = values.stream()
                    .map(v -> named(dim, v))
                    .filter(v -> !blank(v.value()) && !blank(v.label()) && !blank(v.labelCy()))
                    .toList();
            if (!shown.isEmpty()) {
                named.put(dim, shown);
            }
        });
        return named;
    }

    private static SearchResource.FacetValue named(String dim, SearchResource.FacetValue v) {
        if (blank(v.value())) {
            return v;
        }
        switch (dim) {
            case "locality" -> {
                Places.Name place = Places.uk().name(v.value());
                // A code the list lacks (a council abolished since) is still a filter; its code is better than nothing.
                return place == null ? v : new SearchResource.FacetValue(v.value(), place.en(), place.cy(), v.count(), v.selected());
            }
            case "language" -> {
                return new SearchResource.FacetValue(v.value(), language(v.value(), Locale.ENGLISH),
                        language(v.value(), WELSH), v.count(), v.selected());
            }
            default -> {
                return v;
            }
        }
    }

    /** A BCP 47 tag's language by name in the given language; the tag itself when Java does not know it. */
    static String language(String tag, Locale in) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(in);
        return name.isBlank() ? tag : name.substring(0, 1).toUpperCase(in) + name.substring(1);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
