package org.folkmoot.assemblies.internal.evidence;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.folkmoot.api.container.ContainerDetails;
import org.folkmoot.api.container.ContainerProvider;
import org.folkmoot.api.container.ContainerRef;
import org.folkmoot.api.container.ContainerType;
import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.assemblies.internal.AssemblyContainers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Residents' comments on a recommendation are written to it: titled by its current title, its parent the assembly. */
@Component(service = ContainerProvider.class)
public class RecommendationContainers implements ContainerProvider {
    private static final List<ContainerType> TYPES = List.of(new ContainerType(RecommendationVoice.TYPE,
            new LocalisedText("Citizens' assembly recommendation", "Argymhelliad cynulliad dinasyddion")));

    private final RecommendationVoice voice;

    @Activate
    public RecommendationContainers(@Reference RecommendationVoice voice) {
        this.voice = voice;
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
        if (!RecommendationVoice.TYPE.equals(type) || slash < 1) {
            return Optional.empty();
        }
        try {
            String assembly = id.substring(0, slash);
            int number = Integer.parseInt(id.substring(slash + 1));
            RecommendationVoice.Subject s = voice.subject(assembly, number);
            return Optional.of(new ContainerDetails(new ContainerRef(RecommendationVoice.TYPE, id), s.recommendation().current().title(),
                    new ContainerRef(AssemblyContainers.TYPE, assembly), RecommendationVoice.page(assembly, number)));
        } catch (NoSuchElementException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
