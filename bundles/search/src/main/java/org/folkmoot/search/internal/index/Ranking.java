package org.folkmoot.search.internal.index;

/**
 * Ways of ranking a resident's words. Searches use {@link #RESIDENT}; the others exist so the
 * ranking evaluation ({@code bundles/search/eval.sh}) can compare them on the same contributions.
 */
enum Ranking {
    /**
     * Most of the words required, more words and all words first (a bonus for all), filler weightless,
     * misspellings searched as their nearest indexed spellings (a rare one scored as one word with its
     * correction), American spellings meeting British ones, titles stemmed with Porter and bodies with Krovetz.
     */
    RESIDENT(Fields.English.RESIDENT, true, ResidentQueryParser.Shape.RESIDENT),
    /** As {@link #RESIDENT} with any one word enough: an any-word pass blended with a required-all pass. */
    ANY_WORD_BLENDED(Fields.English.RESIDENT, true, ResidentQueryParser.Shape.RESIDENT.withMostWordsRequired(false)),
    /**
     * The ranking of layout 5 (before the ranking was measured further): as {@link #RESIDENT} with Porter
     * stemming in bodies too, and a rare misspelling scored apart from its correction.
     */
    LAYOUT_5(Fields.English.LAYOUT_5, true, ResidentQueryParser.Shape.RESIDENT.withSpellingsAsOne(false)),
    /** As before layout 4: every word required, any word when nothing has them all; "did you mean" only. */
    ALL_THEN_ANY(Fields.English.LAYOUT_3, false, new ResidentQueryParser.Shape(2.0f, false, 0f)),
    /** Plain BM25: any word, every field weighed alike, no filler, spelling or variant handling. */
    PLAIN_BM25(Fields.English.LAYOUT_3, false, new ResidentQueryParser.Shape(1.0f, false, 0f));

    /** How English is analysed (spelling variants, stemming). */
    final Fields.English english;
    /** Whether the ranked query (filler, corrections, most words, bonus) is used. */
    final boolean ranked;
    /** How the query is built (for the unranked ones, only its title weight counts). */
    final ResidentQueryParser.Shape shape;

    Ranking(Fields.English english, boolean ranked, ResidentQueryParser.Shape shape) {
        this.english = english;
        this.ranked = ranked;
        this.shape = shape;
    }
}
