package ${package}.internal;

import java.util.List;
import java.util.Optional;

import org.folkmoot.api.module.ModuleInfo;
import org.osgi.service.component.annotations.Component;

/** Tells the runtime this module is here: listed on the home page, {@code /api/modules} and {@code /health}. */
@Component
public class ThisModule implements ModuleInfo {

    static final String ID = "${artifactId}";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(String language) {
        return "cy".equals(language) ? "${moduleNameCy}" : "${moduleName}";
    }

    @Override
    public String description(String language) {
        return "cy".equals(language) ? "Nodiadau gan drigolion." : "Notes from residents.";
    }

    @Override
    public Optional<String> apiPath() {
        return Optional.of("/api/" + ID);
    }

    @Override
    public Optional<String> pagePath() {
        return Optional.of("/" + ID);
    }

    /** Every page, for the accessibility and Welsh checks. */
    @Override
    public List<String> pages() {
        return List.of("/" + ID);
    }
}
