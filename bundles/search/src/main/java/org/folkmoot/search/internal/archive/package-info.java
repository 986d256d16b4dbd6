/** The seam between the platform's contribution archive and the index. */
package org.folkmoot.search.internal.archive;
