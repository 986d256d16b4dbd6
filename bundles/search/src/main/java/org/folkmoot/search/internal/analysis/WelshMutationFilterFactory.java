package org.folkmoot.search.internal.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link WelshMutationFilter}; takes no arguments and rejects any. */
public final class WelshMutationFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "welshMutation";

    public WelshMutationFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For SPI only. */
    public WelshMutationFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new WelshMutationFilter(input, WelshMutations.shared());
    }
}
