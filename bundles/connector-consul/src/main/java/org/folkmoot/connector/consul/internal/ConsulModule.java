package org.folkmoot.connector.consul.internal;

import java.util.Optional;

import org.folkmoot.api.module.ModuleInfo;
import org.osgi.service.component.annotations.Component;

/** Tells the runtime this module is here: listed on the home page, {@code /api/modules} and {@code /health}. */
@Component
public class ConsulModule implements ModuleInfo {

    @Override
    public String id() {
        return "connector-consul";
    }

    @Override
    public String name(String language) {
        return language.equals("cy") ? "Cysylltydd CONSUL" : "CONSUL connector";
    }

    @Override
    public String description(String language) {
        return language.equals("cy")
                ? "Dilyn gwefan CONSUL Democracy y cyngor i'r archif, fel bod modd chwilio geiriau ei thrigolion a'u cysylltu â'r gwreiddiol."
                : "Follow the council's CONSUL Democracy site into the archive, so its residents' words are searchable and linked to their originals.";
    }

    @Override
    public Optional<String> pagePath() {
        return Optional.of("/connectors/consul");
    }
}
