package org.folkmoot.assemblies.internal.sessions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.folkmoot.api.archive.Container;
import org.folkmoot.api.container.ContainerDetails;
import org.folkmoot.api.container.ContainerProvider;
import org.folkmoot.api.container.ContainerRef;
import org.folkmoot.api.container.ContainerType;
import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.assemblies.internal.AssemblyContainers;
import org.folkmoot.assemblies.internal.evidence.Evidence;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What residents comment on besides the assembly itself: a session ({@code assembly-session},
 * id {@code <assembly>/<day>}) and a piece of evidence ({@code assembly-evidence}, id
 * {@code <assembly>/<number>}), each titled in English and Welsh, with the assembly as its parent
 * and its place on the assembly's sessions or evidence page.
 */
@Component(service = ContainerProvider.class)
public class SessionContainers implements ContainerProvider {
    public static final String SESSION = "assembly-session";
    public static final String EVIDENCE = "assembly-evidence";
    private static final List<ContainerType> TYPES = List.of(
            new ContainerType(SESSION, new LocalisedText("Citizens' assembly session", "Sesiwn cynulliad dinasyddion")),
            new ContainerType(EVIDENCE, new LocalisedText("Evidence to a citizens' assembly", "Tystiolaeth i gynulliad dinasyddion")));

    private final Proceedings proceedings;

    @Activate
    public SessionContainers(@Reference Proceedings proceedings) {
        this.proceedings = proceedings;
    }

    @Override
    public String module() {
        return "assemblies";
    }

    @Override
    public List<ContainerType> types() {
        return TYPES;
    }

    @Override
    public Optional<ContainerDetails> describe(String type, String id) {
        int slash = id == null ? -1 : id.lastIndexOf('/');
        if (slash < 1) {
            return Optional.empty();
        }
        String assembly = id.substring(0, slash);
        String rest = id.substring(slash + 1);
        try {
            if (SESSION.equals(type)) {
                Session s = proceedings.session(assembly, LocalDate.parse(rest));
                return Optional.of(new ContainerDetails(new ContainerRef(SESSION, id), s.title(),
                        new ContainerRef(AssemblyContainers.TYPE, assembly), page(s)));
            }
            if (EVIDENCE.equals(type)) {
                Evidence e = proceedings.evidence(assembly, Integer.parseInt(rest));
                return Optional.of(new ContainerDetails(new ContainerRef(EVIDENCE, id), e.title(),
                        new ContainerRef(AssemblyContainers.TYPE, assembly), page(e)));
            }
        } catch (NoSuchElementException | DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public static Container container(Session s) {
        return new Container(SESSION, s.assemblyId() + "/" + s.date(), s.title().en());
    }

    public static Container container(Evidence e) {
        return new Container(EVIDENCE, e.assemblyId() + "/" + e.number(), e.title().en());
    }

    public static String page(Session s) {
        return "/assemblies/" + s.assemblyId() + "/sessions#session-" + s.date();
    }

    public static String page(Evidence e) {
        return "/assemblies/" + e.assemblyId() + "/evidence#evidence-" + e.number();
    }
}
