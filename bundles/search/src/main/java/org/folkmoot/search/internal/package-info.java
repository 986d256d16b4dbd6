/**
 * Folkmoot search: the non-exported implementation. Lucene stays private to this bundle.
 */
package org.folkmoot.search.internal;
