/**
 * The platform's scheduled jobs that keep each Decidim site in step: a look for new items every few minutes
 * and a full reconcile every day (or when an officer asks), each run once across runtimes.
 */
package org.folkmoot.connector.decidim.internal.jobs;
