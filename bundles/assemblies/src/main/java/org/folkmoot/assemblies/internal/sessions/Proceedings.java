package org.folkmoot.assemblies.internal.sessions;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.folkmoot.api.audit.Actor;
import org.folkmoot.api.files.Attachment;
import org.folkmoot.api.files.Attachments;
import org.folkmoot.api.files.NewAttachment;
import org.folkmoot.api.storage.ModuleSchema;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.assemblies.internal.Recruitment;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.evidence.Evidence;
import org.folkmoot.assemblies.internal.evidence.EvidenceCheck;
import org.folkmoot.assemblies.internal.evidence.EvidenceLibrary;
import org.folkmoot.assemblies.internal.store.Logistics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What an assembly does once it meets: its sessions and the evidence it hears, with the speakers'
 * files; each change checked before anything is written. The API, the pages and the demo come here.
 */
@Component(service = Proceedings.class)
public class Proceedings {
    /** The module id files are stored under (its size limit applies). */
    public static final String MODULE = "assemblies";

    private final Recruitment recruitment;
    private final Sessions sessions;
    private final EvidenceLibrary library;
    private final Attachments files;

    @Activate
    public Proceedings(@Reference Recruitment recruitment, @Reference Transactions transactions, @Reference Attachments files,
            @Reference(target = "(" + ModuleSchema.MODULE_PROPERTY + "=assemblies)") ModuleSchema schema) {
        this(recruitment, transactions, files);
    }

    /** Over any database with the module's schema (the tests' H2). */
    public Proceedings(Recruitment recruitment, Transactions transactions, Attachments files) {
        this.recruitment = recruitment;
        this.sessions = new Sessions(transactions, recruitment.store().clock());
        this.library = new EvidenceLibrary(transactions, recruitment.store().clock());
        this.files = files;
    }

    public Recruitment recruitment() {
        return recruitment;
    }

    public EvidenceLibrary library() {
        return library;
    }

    /** Adds a session on one of the commission's days, or replaces that day's; true when it was new. */
    public boolean saveSession(String assemblyId, SessionCheck.Draft draft) {
        Assembly a = recruitment.assembly(assemblyId);
        return sessions.save(SessionCheck.check(a, draft == null ? new SessionCheck.Draft(null, null, null, null, null, null, null,
                null, null, null, null, null) : draft));
    }

    public List<Session> sessions(String assemblyId) {
        recruitment.assembly(assemblyId);
        return sessions.of(assemblyId);
    }

    public Session session(String assemblyId, LocalDate day) {
        return sessions.find(assemblyId, day)
                .orElseThrow(() -> new NoSuchElementException("Assembly " + assemblyId + " has no session on " + day + "."));
    }

    /** Who attended a session (private: officers and facilitators), as part 1 records it by day. */
    public List<Logistics.Attendance> attendance(String assemblyId, LocalDate day) {
        session(assemblyId, day);
        return recruitment.store().logistics().attendance(assemblyId).stream().filter(a -> a.session().equals(day)).toList();
    }

    public Evidence addEvidence(String assemblyId, EvidenceCheck.Draft draft) {
        Assembly a = recruitment.assembly(assemblyId);
        return library.add(EvidenceCheck.check(a, draft == null ? new EvidenceCheck.Draft(null, null, null, null, null, null, null,
                null, null) : draft));
    }

    public List<Evidence> evidence(String assemblyId) {
        recruitment.assembly(assemblyId);
        return library.of(assemblyId);
    }

    public Evidence evidence(String assemblyId, int number) {
        return library.find(assemblyId, number)
                .orElseThrow(() -> new NoSuchElementException("Assembly " + assemblyId + " has no evidence " + number + "."));
    }

    public Evidence ask(String assemblyId, int number, EvidenceCheck.Question question) {
        Evidence e = evidence(assemblyId, number);
        library.ask(e, EvidenceCheck.check(question));
        return evidence(assemblyId, number);
    }

    /**
     * Stores a speaker's slides or document, public; refused whole ({@code FileRefused}) when too
     * large for the module's limit, empty, or not the type its name claims.
     */
    public Attachment attach(String assemblyId, int number, String filename, InputStream content, Actor by) throws IOException {
        Evidence e = evidence(assemblyId, number);
        return files.store(NewAttachment.published(MODULE, e.fileOwner(), filename, ""), content, by);
    }

    /** The largest file the module takes, in bytes. */
    public long fileLimit() {
        return files.limit(MODULE);
    }

    public List<Attachment> files(Evidence e) {
        return files.byOwner(MODULE, e.fileOwner());
    }
}
