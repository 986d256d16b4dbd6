package org.folkmoot.search.internal.analysis;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestWelshFilterFactories extends BaseTokenStreamTestCase {

    public void testFactoriesBuildTheWelshChain() throws Exception {
        Analyzer a = CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter(WelshCliticFilterFactory.class)
                .addTokenFilter(WelshMutationFilterFactory.class)
                .build();
        assertAnalyzesTo(a, "o'r Gyngor", new String[] {"o", "yr", "cyngor"});
        a.close();
    }

    public void testUnknownArgumentsAreRejected() {
        Map<String, String> args = new HashMap<>();
        args.put("mode", "aggressive");
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> new WelshMutationFilterFactory(new HashMap<>(args)));
        assertTrue(e.getMessage().contains("Unknown parameters"));
        expectThrows(IllegalArgumentException.class, () -> new WelshCliticFilterFactory(new HashMap<>(args)));
    }
}
