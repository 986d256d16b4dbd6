package org.folkmoot.search.internal.index;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a resident types, search answers (possibly with nothing) and never throws. */
class HostileQueryTest {

    private static ContributionIndex index;

    @BeforeAll
    static void open() throws Exception {
        index = new ContributionIndex(new ByteBuffersDirectory(), ContributionIndex.Settings.defaults());
        Contributions c = new Contributions();
        index.apply(c.en("1", "Parks and (play) areas", "The \"park\" needs -more- benches | lights; field:value * ?"));
        index.apply(c.cy("2", "Parc", "Mae'r parc angen mwy o feinciau."));
        assertTrue(index.awaitSearchable(5_000));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"park", "park\"", "\"\"\"", "(", ")", "((park", "park))", ")(", "[park", "{park}",
            "*", "**", "?", "~", "~2", "park~", "park*", "+", "-", "|", "&&", "||", "AND", "OR", "NOT", "- park",
            "+-|", "\\", "park\\", "\\\"", "field:park", "title:", ":", "body_en:park", "/park/", "/", "^", "park^10",
            "\u0000park", "park\u0007\u001b[31m", "\uD800", "\uDC00park", "park\uFFFF", "\u202Epark", " ", "\t\n",
            "'", "’n", "a'r", "\"park\" -\"park\"", "-park", "--park", "!park", "park AND (benches OR", "💩 park",
            "<script>alert(1)</script>", "' OR 1=1 --", "%00", "park\r\nSet-Cookie: x=1"})
    void hostileQueriesNeverThrow(String q) {
        SearchResult r = assertDoesNotThrow(() -> index.search(SearchRequest.of(q)));
        assertNotNull(r);
    }

    @Test
    void hugeQueriesNeverThrow() {
        String[] inputs = {"park ".repeat(100_000), "(".repeat(50_000) + "park" + ")".repeat(50_000),
                "\"".repeat(10_001), "a".repeat(1_000_000), "park OR ".repeat(5_000), "-".repeat(100_000),
                "x ".repeat(3000)};
        for (String q : inputs) {
            SearchResult r = assertDoesNotThrow(() -> index.search(SearchRequest.of(q)));
            assertNotNull(r);
        }
    }

    @Test
    void nestedParenthesesStillFindTheWord() throws Exception {
        assertEquals(1, index.search(SearchRequest.of("((((((((((((((((((((park")).total());
        assertEquals(1, index.search(SearchRequest.of("\"park")).total());
    }

    @Test
    void randomStringsNeverThrow() {
        Random random = new Random(20261123L);
        String alphabet = "parkbenches \"()+-|*~\\:^[]{}!?'’\u0000\u0008\u2028\uD83D\uDCA9ŵŷâ";
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int j = 0; j < len; j++) {
                sb.append(random.nextInt(5) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String q = sb.toString();
            assertDoesNotThrow(() -> index.search(SearchRequest.of(q)), () -> "query: " + q);
            assertDoesNotThrow(() -> index.suggest(q, 5), () -> "suggest: " + q);
        }
    }

    @Test
    void cleanedInputIsBounded() {
        String cleaned = ResidentQueryParser.clean("word ".repeat(1000));
        assertTrue(cleaned.split(" +").length <= ResidentQueryParser.MAX_WORDS);
        assertTrue(ResidentQueryParser.clean("x".repeat(100_000)).length() <= ResidentQueryParser.MAX_CHARS);
        assertEquals(List.of(), List.of(ResidentQueryParser.clean("\u0000\u0001").split(" +")).stream()
                .filter(s -> !s.isEmpty()).toList());
    }
}
