package org.folkmoot.assemblies.internal.rounds;

import org.folkmoot.api.jobs.Job;
import org.folkmoot.api.jobs.JobHandler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Draws a standing assembly's round in the background, once across runtimes (the platform's job
 * scheduler), as part 1's selection job does: payload {@code <first round's assembly>/<round>}.
 */
@Component(property = JobHandler.NAME_PROPERTY + "=" + StandingAssembly.DRAW_JOB)
public class RoundDrawJob implements JobHandler {
    private final StandingAssembly standing;

    @Activate
    public RoundDrawJob(@Reference StandingAssembly standing) {
        this.standing = standing;
    }

    @Override
    public void run(Job job) {
        int slash = job.payload().lastIndexOf('/');
        standing.runDraw(job.payload().substring(0, slash), Integer.parseInt(job.payload().substring(slash + 1)));
    }
}
