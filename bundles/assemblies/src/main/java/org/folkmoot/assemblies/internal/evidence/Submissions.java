package org.folkmoot.assemblies.internal.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.folkmoot.api.archive.Container;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.files.Attachment;
import org.folkmoot.api.files.Attachments;
import org.folkmoot.api.files.FileRefused;
import org.folkmoot.api.files.NewAttachment;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.assemblies.internal.AssembliesRoles;
import org.folkmoot.assemblies.internal.AssemblyContainers;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.sessions.Proceedings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Evidence residents and organisations submit to an assembly: a contribution in the archive (kind
 * {@code submission}, container the assembly, a link to its evidence library), with an optional
 * document that only officers may open (a resident's file cannot be redacted). Officers mark the
 * submissions they passed to members; the library shows which.
 */
@Component(service = Submissions.class)
public class Submissions {
    public static final String KIND = "submission";
    private static final String EXTERNAL = "assemblies:submission:";

    /** A file chosen with a submission. */
    public interface Upload {
        String filename();

        InputStream open() throws IOException;
    }

    /** A submission as the library lists it: redacted, whether and when it was passed to members, and its file for officers. */
    public record Listed(ResidentsVoice.Published submission, EvidenceLibrary.Passed passed, Attachment file) {
    }

    private final Proceedings proceedings;
    private final ResidentsVoice voice;
    private final ContributionArchive archive;
    private final Attachments files;

    @Activate
    public Submissions(@Reference Proceedings proceedings, @Reference ResidentsVoice voice, @Reference ContributionArchive archive,
            @Reference Attachments files) {
        this.proceedings = proceedings;
        this.voice = voice;
        this.archive = archive;
        this.files = files;
    }

    public static Container container(Assembly a) {
        return new Container(AssemblyContainers.TYPE, a.id(), "Citizens' assembly: " + a.question().en());
    }

    public static String link(String assemblyId) {
        return "/assemblies/" + assemblyId + "/evidence";
    }

    /**
     * Stores a submission to an announced assembly, with its file when one was chosen, or refuses it
     * with nothing stored: the text is checked first, then the file (413 over the module's limit,
     * 415 not the type its name claims), and the file is removed again if the archive refuses the text.
     */
    public ResidentsVoice.Published submit(String assemblyId, FolkmootUser user, ResidentsVoice.Writing w, Upload file) {
        Assembly a = proceedings.recruitment().announced(assemblyId);
        ResidentsVoice.Writing checked = ResidentsVoice.check(w);
        String key = UUID.randomUUID().toString();
        String owner = owner(key);
        if (file != null) {
            try (InputStream in = file.open()) {
                files.store(new NewAttachment(Proceedings.MODULE, owner, file.filename(), voice.author(user),
                        AssembliesRoles.OFFICER, Set.of()), in, user.actor());
            } catch (FileRefused r) {
                throw refusal(r);
            } catch (IOException e) {
                throw Refused.of("file", "assemblies.evidence.error.file.read");
            }
        }
        try {
            return voice.write(container(a), KIND, link(a.id()), user, checked, EXTERNAL + key, List.of("evidence"));
        } catch (RuntimeException e) {
            if (file != null) {
                files.deleteByOwner(Proceedings.MODULE, owner, user.actor());
            }
            throw e;
        }
    }

    /** The public submissions to an assembly, oldest first; the files only when {@code officer}. */
    public List<Listed> of(String assemblyId, boolean officer) {
        Assembly a = proceedings.recruitment().assembly(assemblyId);
        Map<String, EvidenceLibrary.Passed> passed = proceedings.library().passed(a.id());
        List<Listed> out = new ArrayList<>();
        for (Contribution c : voice.contributions(container(a), KIND)) {
            Attachment file = officer ? fileOf(c).orElse(null) : null;
            out.add(new Listed(voice.published(c), passed.get(c.id()), file));
        }
        return out;
    }

    /** Marks a submission as passed to members, once (409 the second time). */
    public void markPassed(String assemblyId, String contributionId, String by) {
        Assembly a = proceedings.recruitment().assembly(assemblyId);
        Contribution c = archive.get(contributionId == null ? "" : contributionId)
                .filter(x -> x.module().equals(ResidentsVoice.MODULE) && x.kind().equals(KIND)
                        && x.container().type().equals(AssemblyContainers.TYPE) && x.container().id().equals(a.id()))
                .orElseThrow(() -> new NoSuchElementException("Assembly " + assemblyId + " has no submission " + contributionId + "."));
        if (!proceedings.library().markPassed(a.id(), c.id(), proceedings.recruitment().today(), by)) {
            throw Refused.of("passed", "assemblies.evidence.error.passedAlready").withStatus(409);
        }
    }

    private Optional<Attachment> fileOf(Contribution c) {
        if (!c.externalId().startsWith(EXTERNAL)) {
            return Optional.empty();
        }
        return files.byOwner(Proceedings.MODULE, owner(c.externalId().substring(EXTERNAL.length()))).stream().findFirst();
    }

    private static String owner(String key) {
        return "submission-" + key;
    }

    private static Refused refusal(FileRefused r) {
        return switch (r.reason()) {
            case TOO_LARGE -> Refused.of("file", "assemblies.evidence.error.file.large").withStatus(413);
            case WRONG_TYPE -> Refused.of("file", "assemblies.evidence.error.file.type").withStatus(415);
            case INVALID -> Refused.of("file", "assemblies.evidence.error.file.empty");
        };
    }
}
