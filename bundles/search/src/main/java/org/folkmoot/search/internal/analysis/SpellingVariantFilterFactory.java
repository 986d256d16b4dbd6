package org.folkmoot.search.internal.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link SpellingVariantFilter}; takes no arguments and rejects any. */
public final class SpellingVariantFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "spellingVariant";

    public SpellingVariantFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For SPI only. */
    public SpellingVariantFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new SpellingVariantFilter(input, SpellingVariants.shared());
    }
}
