package org.folkmoot.connector.decidim.internal;

import java.util.Optional;

import org.folkmoot.api.module.ModuleInfo;
import org.osgi.service.component.annotations.Component;

/** Tells the runtime this module is here: listed on the home page, {@code /api/modules} and {@code /health}. */
@Component
public class DecidimModule implements ModuleInfo {

    @Override
    public String id() {
        return "connector-decidim";
    }

    @Override
    public String name(String language) {
        return language.equals("cy") ? "Cysylltydd Decidim" : "Decidim connector";
    }

    @Override
    public String description(String language) {
        return language.equals("cy")
                ? "Dilyn gwefan Decidim y cyngor i'r archif, fel bod modd chwilio geiriau ei thrigolion a'u cysylltu â'r gwreiddiol."
                : "Follow the council's Decidim site into the archive, so its residents' words are searchable and linked to their originals.";
    }

    @Override
    public Optional<String> apiPath() {
        return Optional.of("/api/connectors/decidim");
    }

    @Override
    public Optional<String> pagePath() {
        return Optional.of("/connectors/decidim");
    }
}
