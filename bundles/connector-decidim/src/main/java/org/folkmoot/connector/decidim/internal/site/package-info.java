/**
 * The Decidim sites Folkmoot follows: one factory configuration ({@code org.folkmoot.connector.decidim.Site})
 * per site, read into a {@link org.folkmoot.connector.decidim.internal.site.DecidimSite}.
 */
package org.folkmoot.connector.decidim.internal.site;
