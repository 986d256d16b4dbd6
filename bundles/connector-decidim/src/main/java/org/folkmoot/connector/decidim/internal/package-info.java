/** The Decidim connector module: Follow the council's Decidim site into the archive, so its residents' words are searchable and linked to their originals. */
package org.folkmoot.connector.decidim.internal;
