package org.folkmoot.platform.internal.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.container.ContainerDetails;
import org.folkmoot.api.container.ContainerProvider;
import org.folkmoot.api.container.ContainerRef;
import org.folkmoot.api.container.ContainerType;
import org.folkmoot.api.container.Containers;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link Containers}: asks the module that registered a container type to describe it.
 * Modules come and go at run time (hot deployment), so the providers are a dynamic list and a type
 * whose module is not running describes nothing.
 */
@Component(service = Containers.class)
public class ContainerRegistry implements Containers {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerRegistry.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, fieldOption = org.osgi.service.component.annotations.FieldOption.REPLACE)
    private volatile List<ContainerProvider> providers = List.of();

    public ContainerRegistry() {
    }

    /** For tests: a registry over a fixed list. */
    public ContainerRegistry(List<ContainerProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    @Override
    public List<ContainerType> types() {
        List<ContainerType> out = new ArrayList<>();
        for (ContainerProvider p : providers) {
            out.addAll(p.types());
        }
        return out;
    }

    @Override
    public Optional<ContainerDetails> describe(ContainerRef ref) {
        for (ContainerProvider p : providers) {
            if (p.types().stream().anyMatch(t -> t.type().equals(ref.type()))) {
                try {
                    return p.describe(ref.type(), ref.id());
                } catch (RuntimeException e) {
                    // A module's failure must not break search or export: the container stays undescribed.
                    LOG.warn("module {} could not describe container {}", p.module(), ref.key(), e);
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> pageOf(Contribution contribution) {
        Optional<String> link = contribution.linkIfAny();
        if (link.isPresent() || contribution.container() == null) {
            return link;
        }
        return describe(new ContainerRef(contribution.container().type(), contribution.container().id()))
                .map(ContainerDetails::page);
    }
}
