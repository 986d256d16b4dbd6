/** The platform's scheduled job that keeps each CONSUL site in step, run once across runtimes. */
package org.folkmoot.connector.consul.internal.jobs;
