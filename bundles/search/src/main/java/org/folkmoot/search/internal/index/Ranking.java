package org.folkmoot.search.internal.index;

/**
 * Ways of ranking a resident's words. Searches use {@link #RESIDENT}; the others exist so the
 * ranking evaluation ({@code bundles/search/eval.sh}) can compare them on the same contributions.
 */
enum Ranking {
    /**
     * Most of the words required, more words and all words first (a bonus for all), filler weightless,
     * misspellings searched as their nearest indexed spellings, American spellings meeting British ones.
     */
    RESIDENT(true, true, ResidentQueryParser.Shape.RESIDENT),
    /** As {@link #RESIDENT} without the all-words bonus: minimum-should-match and BM25's own coordination. */
    MOST_WORDS_ONLY(true, true, ResidentQueryParser.Shape.RESIDENT.withAllWordsBonus(0f)),
    /** As {@link #RESIDENT} with any one word enough: an any-word pass blended with a required-all pass. */
    ANY_WORD_BLENDED(true, true, ResidentQueryParser.Shape.RESIDENT.withMostWordsRequired(false)),
    /** As before layout 4: every word required, any word when nothing has them all; "did you mean" only. */
    ALL_THEN_ANY(false, false, new ResidentQueryParser.Shape(2.0f, false, 0f)),
    /** Plain BM25: any word, every field weighed alike, no filler, spelling or variant handling. */
    PLAIN_BM25(false, false, new ResidentQueryParser.Shape(1.0f, false, 0f));

    /** Whether American spellings are indexed and searched the British way. */
    final boolean spellingVariants;
    /** Whether the ranked query (filler, corrections, most words, bonus) is used. */
    final boolean ranked;
    /** How the query is built (for the unranked ones, only its title weight counts). */
    final ResidentQueryParser.Shape shape;

    Ranking(boolean spellingVariants, boolean ranked, ResidentQueryParser.Shape shape) {
        this.spellingVariants = spellingVariants;
        this.ranked = ranked;
        this.shape = shape;
    }
}
