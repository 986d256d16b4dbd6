/**
 * The ${artifactId} module: notes residents leave on a board, kept in the module's own table and
 * published to Folkmoot's contribution archive (so search finds them), with a page in English and
 * Welsh. Nothing here is exported: other bundles reach it only over HTTP.
 */
package ${package}.internal;
