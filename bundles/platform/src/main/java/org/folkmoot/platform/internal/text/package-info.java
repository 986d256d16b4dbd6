/**
 * The platform's {@link org.folkmoot.api.text} services: {@link org.folkmoot.platform.internal.text.JsoupHtmlText}
 * turns editor HTML into plain text with jsoup; {@link org.folkmoot.platform.internal.text.OptimaizeTextLanguage}
 * tells which language a text is written in with Optimaize's n-gram detector (chosen by measurement: platform
 * README), because Decidim and CONSUL have no Welsh locale and Welsh arrives labelled {@code en}. Both
 * libraries are embedded privately in this bundle.
 */
package org.folkmoot.platform.internal.text;
