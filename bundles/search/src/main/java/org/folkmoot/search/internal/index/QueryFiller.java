package org.folkmoot.search.internal.index;

import java.util.Locale;
import java.util.Set;

/**
 * Words that carry how a resident asks, not what about: question words and filler ("how can I",
 * "what is being done about", "is there any way to stop"). They weigh nothing in a ranked query, as
 * stop words do; a query of nothing else is searched as written. Only words that almost never name
 * a topic are here: "help", "support", "need" and "stop" name what petitions ask for, so they stay.
 */
final class QueryFiller {

    private static final Set<String> WORDS = Set.of(
            // question words
            "how", "what", "why", "when", "where", "who", "whom", "whose", "which", "whether",
            // asking and wanting
            "can", "could", "would", "should", "shall", "may", "might", "must", "will",
            "do", "does", "did", "doing", "done", "being", "been", "am", "is", "are", "was", "were",
            "get", "got", "getting", "please", "want", "wants", "wanted", "know", "tell", "anyone",
            "anything", "someone", "something", "going", "about", "regarding",
            "happening", "happen", "happens", "thing", "things", "any", "there", "here",
            // people asking
            "i", "i'm", "im", "me", "my", "we", "our", "us", "you", "your", "they", "their", "them");

    private QueryFiller() {
    }

    static boolean isFiller(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}']", "");
        return !w.isEmpty() && WORDS.contains(w);
    }
}
