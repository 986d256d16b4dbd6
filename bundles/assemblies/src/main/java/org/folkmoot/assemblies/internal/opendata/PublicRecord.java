package org.folkmoot.assemblies.internal.opendata;

import java.util.List;

import org.folkmoot.api.files.Attachment;
import org.folkmoot.assemblies.internal.evidence.Evidence;
import org.folkmoot.assemblies.internal.evidence.Submissions;
import org.folkmoot.assemblies.internal.sessions.Proceedings;
import org.folkmoot.assemblies.internal.sessions.Session;

/**
 * What the open data takes from the sessions-and-evidence part: the sessions published, the evidence
 * heard with its public files, and the public submissions with whether they were passed to members
 * (read without their files, which only officers may open).
 */
public record PublicRecord(List<Session> sessions, List<Heard> evidence, List<Submissions.Listed> submissions) {

    public PublicRecord {
        sessions = List.copyOf(sessions);
        evidence = List.copyOf(evidence);
        submissions = List.copyOf(submissions);
    }

    /** A piece of evidence with its files, public ones only. */
    public record Heard(Evidence evidence, List<Attachment> files) {
        public Heard {
            files = files.stream().filter(Attachment::isPublic).toList();
        }
    }

    /** Nothing heard yet: no sessions published, no evidence, no submissions. */
    public static PublicRecord none() {
        return new PublicRecord(List.of(), List.of(), List.of());
    }

    /** An assembly's record as the public may read it. */
    public static PublicRecord of(String assemblyId, Proceedings proceedings, Submissions submissions) {
        return new PublicRecord(proceedings.sessions(assemblyId),
                proceedings.evidence(assemblyId).stream().map(e -> new Heard(e, proceedings.files(e))).toList(),
                submissions.of(assemblyId, false));
    }
}
