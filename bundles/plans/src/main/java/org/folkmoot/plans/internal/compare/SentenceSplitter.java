package org.folkmoot.plans.internal.compare;

import java.util.List;

/** Splits text into sentences, knowing English and Welsh abbreviations ("e.g.", "St.", "Cllr.", "h.y.", "e.e."). */
public final class SentenceSplitter {

    /** A splitter for {@code en} or {@code cy}. */
    public static SentenceSplitter forLanguage(String language) {
        throw new UnsupportedOperationException("filled in next");
    }

    /** The sentences of one paragraph, each with the spaces that follow it, so that joining them gives the paragraph back. */
    public List<String> split(String paragraph) {
        throw new UnsupportedOperationException("filled in next");
    }
}
