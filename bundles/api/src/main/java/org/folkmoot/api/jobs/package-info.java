/**
 * Scheduled work: jobs that must run at a time (a statutory deadline reminder, a consultation
 * closing, a nightly sync), once across every runtime that shares the database.
 *
 * <p>A module schedules a job with {@link org.folkmoot.api.jobs.JobScheduler#schedule(java.sql.Connection, JobRequest)}
 * inside its own transaction (so a rolled-back change schedules nothing) and registers a
 * {@link org.folkmoot.api.jobs.JobHandler} service with the property {@code folkmoot.job=<name>}
 * to run it. Due jobs live in the database, so they survive restarts; a runtime claims a due job by
 * taking a lease on its row with one atomic {@code UPDATE} (owner and expiry), so of several
 * runtimes only one runs it; when the runtime dies mid-job the lease expires and another runs it.
 * A runtime claims only jobs for which it has a handler.
 *
 * <p>A handler that throws is retried later with exponential backoff; its last error is kept for
 * officers ({@link org.folkmoot.api.jobs.JobScheduler#jobs(String)}). A one-off job that keeps
 * failing stops after the configured number of attempts ({@code FAILED}); a recurring one goes on
 * at its next regular time. Delivery is at least once: a job whose lease ran out while it was still
 * running may run twice, so handlers must be idempotent ({@link org.folkmoot.api.jobs.Job#key()}
 * helps).
 */
@Export
@Version("1.0.0")
package org.folkmoot.api.jobs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
