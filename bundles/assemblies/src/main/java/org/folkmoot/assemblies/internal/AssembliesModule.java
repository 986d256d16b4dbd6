package org.folkmoot.assemblies.internal;

import java.util.List;
import java.util.Optional;

import org.folkmoot.api.module.ModuleInfo;
import org.osgi.service.component.annotations.Component;

/** Tells the runtime this module is here: listed on the home page, {@code /api/modules} and {@code /health}. */
@Component
public class AssembliesModule implements ModuleInfo {

    @Override
    public String id() {
        return "assemblies";
    }

    @Override
    public String name(String language) {
        return language.equals("cy") ? "Cynulliadau dinasyddion" : "Citizens' assemblies";
    }

    @Override
    public String description(String language) {
        return language.equals("cy")
                ? "Cynnal cynulliad dinasyddion: y loteri ddinesig, dewis aelodau'n deg, ac ymateb y cyngor."
                : "Run a citizens' assembly: the civic lottery, fair selection of members, and the council's response.";
    }

    @Override
    public Optional<String> apiPath() {
        return Optional.of("/api/assemblies");
    }

    @Override
    public Optional<String> pagePath() {
        return Optional.of("/assemblies");
    }

    /** The list; each assembly's pages are reached from it (the page checks add the demo's by name). */
    @Override
    public List<String> pages() {
        return List.of("/assemblies");
    }
}
