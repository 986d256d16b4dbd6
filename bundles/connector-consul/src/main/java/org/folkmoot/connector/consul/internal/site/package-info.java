/**
 * The CONSUL sites this runtime follows: one factory configuration per site
 * ({@code org.folkmoot.connector.consul.Site-<name>.cfg}), each with its polite client, its recurring sync job and
 * the container provider that describes where its words are filed.
 */
package org.folkmoot.connector.consul.internal.site;
