package org.folkmoot.connector.decidim.internal;

import org.folkmoot.api.text.HtmlText;
import org.folkmoot.api.text.TextLanguage;
import org.folkmoot.connector.decidim.internal.mapping.ContributionMapper;
import org.folkmoot.platform.internal.text.JsoupHtmlText;
import org.folkmoot.platform.internal.text.OptimaizeTextLanguage;

/** The mapper as the runtime makes it: the platform's own text services, test pseudonyms. */
public final class TestMapper {

    /** The platform's HTML to text, as the runtime offers it. */
    public static final HtmlText HTML = new JsoupHtmlText();
    /** The platform's language detection, as the runtime offers it. */
    public static final TextLanguage LANGUAGES = new OptimaizeTextLanguage();

    private TestMapper() {
    }

    public static ContributionMapper mapper() {
        return new ContributionMapper(new TestPseudonyms(), HTML, LANGUAGES);
    }

    public static ContributionMapper mapper(TestPseudonyms pseudonyms) {
        return new ContributionMapper(pseudonyms, HTML, LANGUAGES);
    }
}
