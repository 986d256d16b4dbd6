package org.folkmoot.search.internal.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.folkmoot.search.internal.analysis.EnglishAnalyzer;
import org.folkmoot.search.internal.analysis.NeutralAnalyzer;
import org.folkmoot.search.internal.analysis.WelshAnalyzer;

/**
 * Field names and per-field analysis. Text is indexed in the fields of its own language
 * ({@code _en} stemmed, {@code _cy} mutation-aware, {@code _und} as written for any other language),
 * which are queried, and in the neutral {@code _all} fields every contribution has, which feed
 * spelling hints, suggestions and similar contributions.
 */
final class Fields {

    static final String ID = "id";
    static final String SEQUENCE = "sequence";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String TITLE_EN = "title_en";
    static final String TITLE_CY = "title_cy";
    static final String TITLE_ALL = "title_all";
    static final String BODY_EN = "body_en";
    static final String BODY_CY = "body_cy";
    static final String BODY_ALL = "body_all";
    static final String TITLE_OTHER = "title_und";
    static final String BODY_OTHER = "body_und";
    static final String TAGS = "tags";
    static final String MODULE = "module";
    static final String CONTAINER_TYPE = "container_type";
    static final String CONTAINER_ID = "container_id";
    static final String CONTAINER_TITLE = "container_title";
    static final String CONTAINER_TITLE_CY = "container_title_cy";
    static final String CONTAINER = "container";
    /** The container's parent, {@code type/id}: looked up to label parent facet values. */
    static final String PARENT = "parent";
    static final String PARENT_TITLE = "parent_title";
    static final String PARENT_TITLE_CY = "parent_title_cy";
    static final String KIND = "kind";
    static final String LOCALITY = "locality";
    static final String LANGUAGE = "language";
    static final String CREATED = "created";
    static final String URL = "url";
    /** The licence it came under: four stored values, its name, url and attribution in English and Welsh. */
    static final String LICENCE = "licence";

    /** Commit user-data key holding the last archive sequence applied. */
    static final String COMMIT_SEQUENCE = "folkmoot.sequence";
    /** Commit user-data key holding the layout of the index (fields, their options, analysis). */
    static final String COMMIT_SCHEMA = "folkmoot.schema";
    /**
     * The current layout. An index committed with another (or none) is rebuilt from the archive:
     * Lucene refuses to change a field's options in place. 2: the _all fields index documents only.
     * 3: titles and tags without offsets (only bodies are highlighted). 4: where it was said (the url is
     * the link or the container's page), Welsh container titles and the container's parent. 5: also
     * American spellings indexed the British way in the English fields ({@code SpellingVariantFilter}).
     * 6: English bodies stemmed with Krovetz instead of Porter ({@link English#RESIDENT}). 7: the licence
     * of what came from elsewhere (a Decidim site's ODbL), shown beside its hits.
     */
    static final String SCHEMA = "7";

    /**
     * Fields a resident's words are looked for in, with boosts: titles count more (1.5 times a body:
     * measured against 1.25, 2 and 3 with the ranking evaluation). Each contribution
     * is in exactly one language's pair, so a word is looked up once per contribution, not twice;
     * the query is analysed per field, so an English word still finds a Welsh contribution that has
     * it ("Caerdydd" finds "Nghaerdydd") and the other way round.
     */
    static final Map<String, Float> QUERY_WEIGHTS = queryWeights(ResidentQueryParser.Shape.RESIDENT.titleWeight());

    /** The searched fields with a title weighing so many times a body or tag. */
    static Map<String, Float> queryWeights(float titleWeight) {
        return Map.of(
                TITLE_EN, titleWeight, TITLE_CY, titleWeight, TITLE_OTHER, titleWeight,
                BODY_EN, 1.0f, BODY_CY, 1.0f, BODY_OTHER, 1.0f,
                TAGS, 1.0f);
    }

    private Fields() {
    }

    /**
     * How English text is analysed: whether American spellings meet British ones, and the stemming of
     * titles and of bodies. Titles are stemmed with Porter, which reads a title generously
     * ({@code vaccine}, {@code vaccinated} and {@code vaccination} meet); bodies with Krovetz, which
     * takes off inflections but keeps words apart that Porter runs together ({@code hospitality} and
     * {@code hospitals}, {@code electricity} and {@code electric}, {@code university} and
     * {@code universal}): a long body mentions many things in passing, and a body word should be the
     * resident's word. Measured with the ranking evaluation (see the search README).
     */
    record English(boolean spellingVariants, EnglishAnalyzer.Stemming title, EnglishAnalyzer.Stemming body) {
        /** What residents' searches use (layout 6). */
        static final English RESIDENT = new English(true, EnglishAnalyzer.Stemming.PORTER, EnglishAnalyzer.Stemming.KSTEM);
        /** Layouts 4 and 5: Porter everywhere. */
        static final English LAYOUT_5 = new English(true, EnglishAnalyzer.Stemming.PORTER, EnglishAnalyzer.Stemming.PORTER);
        /** Layout 3: Porter everywhere, no spelling variants. */
        static final English LAYOUT_3 = new English(false, EnglishAnalyzer.Stemming.PORTER, EnglishAnalyzer.Stemming.PORTER);
    }

    /** Analysis of what residents type (queries, redacted by the search service first). */
    static Analyzer analyzer() {
        return analyzer(English.RESIDENT);
    }

    /** As {@link #analyzer()} with another English analysis (for the ranking evaluation). */
    static Analyzer analyzer(English english) {
        return analyzer(EnglishAnalyzer.forQueries(english.spellingVariants(), english.title()),
                EnglishAnalyzer.forQueries(english.spellingVariants(), english.body()), new WelshAnalyzer(), new NeutralAnalyzer());
    }

    /**
     * Analysis of what the index is given: text already redacted by the feed, its labels blanked (the
     * same tokens and offsets as {@link #analyzer()} gives for it), each text's words captured once for
     * its neutral field.
     */
    static Analyzer indexAnalyzer() {
        return indexAnalyzer(English.RESIDENT);
    }

    static Analyzer indexAnalyzer(English english) {
        return analyzer(EnglishAnalyzer.forRedactedText(english.spellingVariants(), english.title()),
                EnglishAnalyzer.forRedactedText(english.spellingVariants(), english.body()), WelshAnalyzer.forRedactedText(),
                NeutralAnalyzer.forRedactedText());
    }

    private static Analyzer analyzer(Analyzer titleEn, Analyzer bodyEn, Analyzer cy, Analyzer all) {
        return new PerFieldAnalyzerWrapper(all, Map.of(
                TITLE_EN, titleEn, BODY_EN, bodyEn,
                TITLE_CY, cy, BODY_CY, cy,
                ID, new KeywordAnalyzer()));
    }

    /** Language suffix of the queried fields for a language tag: en, cy, or und for any other. */
    static String languageSuffix(String language) {
        if (language == null) {
            return "und";
        }
        String primary = language.toLowerCase(java.util.Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash > 0) {
            primary = primary.substring(0, dash);
        }
        switch (primary) {
            case "en": return "en";
            case "cy": return "cy";
            default: return "und";
        }
    }
}
