package org.folkmoot.assemblies.internal.selection;

import org.folkmoot.api.jobs.Job;
import org.folkmoot.api.jobs.JobHandler;
import org.folkmoot.api.sortition.SortitionService;
import org.folkmoot.assemblies.internal.Recruitment;
import org.folkmoot.assemblies.internal.store.AssemblyStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs a queued selection round in the background, once across runtimes (the platform's job
 * scheduler): LEXIMIN on a few hundred volunteers takes seconds, longer than a request should.
 */
@Component(property = JobHandler.NAME_PROPERTY + "=" + Recruitment.SELECTION_JOB)
public class SelectionJob implements JobHandler {
    private final SelectionRunner runner;

    @Activate
    public SelectionJob(@Reference AssemblyStore store, @Reference SortitionService sortition) {
        this.runner = new SelectionRunner(store, sortition);
    }

    @Override
    public void run(Job job) {
        int slash = job.payload().lastIndexOf('/');
        runner.run(job.payload().substring(0, slash), Integer.parseInt(job.payload().substring(slash + 1)));
    }
}
