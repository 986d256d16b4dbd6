/** The officers' pages: the CONSUL sources this runtime follows, and each one's sync, counts, problems and "Sync now". */
package org.folkmoot.connector.consul.internal.pages;
