/**
 * How a CONSUL item becomes a contribution in the archive: its external id, text, language, author pseudonym,
 * container and link ({@link org.folkmoot.connector.consul.internal.mapping.ConsulMapper}), and the containers
 * a site's words are filed under ({@link org.folkmoot.connector.consul.internal.mapping.ConsulContainers}).
 */
package org.folkmoot.connector.consul.internal.mapping;
