package org.folkmoot.search.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The evaluation's arithmetic and data; the evaluation itself is run by eval.sh (about 2 minutes). */
class RankingEvaluationTest {

    @Test
    void ndcgAndReciprocalRankFollowTheirDefinitions() {
        Map<String, Integer> grades = Map.of("a", 3, "b", 2, "c", 0);
        assertEquals(1.0, RankingEvaluation.ndcg(List.of("a", "b", "c"), grades, 10), 1e-9);
        // b then a: (3/log2(2) + 7/log2(3)) / (7/log2(2) + 3/log2(3))
        double expected = (3 + 7 / (Math.log(3) / Math.log(2))) / (7 + 3 / (Math.log(3) / Math.log(2)));
        assertEquals(expected, RankingEvaluation.ndcg(List.of("b", "a"), grades, 10), 1e-9);
        assertEquals(0.0, RankingEvaluation.ndcg(List.of("c", "x"), grades, 10), 1e-9);
        assertEquals(0.5, RankingEvaluation.reciprocalRank(List.of("c", "b"), grades), 1e-9);
        assertEquals(0.0, RankingEvaluation.reciprocalRank(List.of("c", "x"), grades), 1e-9);
    }

    @Test
    void theJudgedSetHasFortyQueriesOrMoreOfEveryTypeEachWithJudgments() throws Exception {
        List<RankingEvaluation.JudgedQuery> queries = RankingEvaluation.queries();
        Map<String, Map<String, Integer>> judgments = RankingEvaluation.judgments();
        assertTrue(queries.size() >= 40, "at least 40 queries");
        assertEquals(Set.of("one", "several", "question", "misspelling", "american"),
                queries.stream().map(RankingEvaluation.JudgedQuery::type).collect(Collectors.toSet()));
        for (RankingEvaluation.JudgedQuery q : queries) {
            Map<String, Integer> g = judgments.get(q.id());
            // Not every intent has a petition that is about it (q44, fibre broadband in rural areas, has none).
            assertTrue(g != null && g.values().stream().anyMatch(v -> v >= 1), q.id() + " has a judged petition near it");
            assertTrue(g.values().stream().allMatch(v -> v >= 0 && v <= 3), q.id() + " grades are 0 to 3");
            assertTrue(!q.intent().isBlank(), q.id() + " says what it is judged against");
        }
        assertEquals(4134, RankingEvaluation.petitions().size());
    }
}
