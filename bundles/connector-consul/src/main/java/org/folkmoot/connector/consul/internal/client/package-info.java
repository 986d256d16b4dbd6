/**
 * Reading a CONSUL site's public GraphQL API ({@code <url>/graphql}), politely.
 *
 * <p>{@link org.folkmoot.connector.consul.internal.client.ConsulClient} posts one query at a time, spaced to
 * stay under the site's configured rate, waits out a {@code 429}'s {@code Retry-After}, backs off after a
 * {@code 5xx}, a timeout or a dropped connection, and gives up with a
 * {@link org.folkmoot.connector.consul.internal.client.SourceException} that says what to do.
 * {@link org.folkmoot.connector.consul.internal.client.ConsulReader} writes the queries (the collections
 * {@code proposals}, {@code debates}, {@code comments}, 25 a page, CONSUL's most; one item by id) and reads
 * their answers into {@link org.folkmoot.connector.consul.internal.client.ConsulItem}s, partial answers
 * included: a field that failed is {@code null} with an entry in {@code errors}, and the rest is used.
 */
package org.folkmoot.connector.consul.internal.client;
