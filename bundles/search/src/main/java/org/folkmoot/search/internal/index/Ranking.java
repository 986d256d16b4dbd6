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
    RESIDENT(true, true, true, ResidentQueryParser.ALL_WORDS_BONUS, 1.5f),
    /** As {@link #RESIDENT} without the all-words bonus: minimum-should-match and BM25's own coordination. */
    MOST_WORDS_ONLY(true, true, true, 0f, 1.5f),
    /** As {@link #RESIDENT} with any one word enough: an any-word pass blended with a required-all pass. */
    ANY_WORD_BLENDED(true, true, false, ResidentQueryParser.ALL_WORDS_BONUS, 1.5f),
    /** As before layout 4: every word required, any word when nothing has them all; "did you mean" only. */
    ALL_THEN_ANY(false, false, false, 0f, 2.0f),
    /** Plain BM25: any word, every field weighed alike, no filler, spelling or variant handling. */
    PLAIN_BM25(false, false, false, 0f, 1.0f);

    /** Whether American spellings are indexed and searched the British way. */
    final boolean spellingVariants;
    /** Whether the ranked query (filler, corrections, most words, bonus) is used. */
    final boolean ranked;
    final boolean mostWordsRequired;
    final float allWordsBonus;
    /** How many times a body a title weighs. */
    final float titleWeight;

    Ranking(boolean spellingVariants, boolean ranked, boolean mostWordsRequired, float allWordsBonus, float titleWeight) {
        this.titleWeight = titleWeight;
        this.spellingVariants = spellingVariants;
        this.ranked = ranked;
        this.mostWordsRequired = mostWordsRequired;
        this.allWordsBonus = allWordsBonus;
    }
}
