/**
 * The CONSUL Democracy connector module: follows a council's CONSUL site (its public GraphQL API) into the
 * archive, so that its residents' proposals, debates and comments are searchable in Folkmoot, linked to
 * their originals and kept in step with edits, moderation and deleted accounts.
 */
package org.folkmoot.connector.consul.internal;
