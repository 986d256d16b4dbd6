package org.folkmoot.assemblies.internal;

import java.util.List;
import java.util.Optional;

import org.folkmoot.api.container.ContainerDetails;
import org.folkmoot.api.container.ContainerProvider;
import org.folkmoot.api.container.ContainerRef;
import org.folkmoot.api.container.ContainerType;
import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.store.AssemblyStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What later contributions (evidence, submissions, votes on recommendations) are written to: the
 * assembly, titled by its question, whose page is {@code /assemblies/<id>}.
 */
@Component(service = ContainerProvider.class)
public class AssemblyContainers implements ContainerProvider {
    public static final String TYPE = "assembly";
    private static final List<ContainerType> TYPES = List.of(
            new ContainerType(TYPE, new LocalisedText("Citizens' assembly", "Cynulliad dinasyddion")));

    private final AssemblyStore store;

    @Activate
    public AssemblyContainers(@Reference AssemblyStore store) {
        this.store = store;
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
        if (!TYPE.equals(type)) {
            return Optional.empty();
        }
        return store.assemblies().find(id).map(AssemblyContainers::details);
    }

    static ContainerDetails details(Assembly a) {
        return new ContainerDetails(new ContainerRef(TYPE, a.id()), new LocalisedText("Citizens' assembly: " + a.question().en(),
                "Cynulliad dinasyddion: " + a.question().cy()), null, "/assemblies/" + a.id());
    }
}
