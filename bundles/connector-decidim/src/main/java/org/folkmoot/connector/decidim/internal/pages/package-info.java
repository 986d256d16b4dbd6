/** The officers' pages of the Decidim connector: the configured sources and, for each, how its sync is going. */
package org.folkmoot.connector.decidim.internal.pages;
