package org.folkmoot.search.internal.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link WelshCliticFilter}; takes no arguments and rejects any. */
public final class WelshCliticFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "welshClitic";

    public WelshCliticFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For SPI only. */
    public WelshCliticFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new WelshCliticFilter(input);
    }
}
