package org.folkmoot.assets.internal;

import java.util.List;
import java.util.Optional;

import org.folkmoot.api.module.ModuleInfo;
import org.osgi.service.component.annotations.Component;

/**
 * Tells the runtime the assets module is here (home page, {@code /api/modules}, {@code /health}).
 * The public entry points are the register page and the register's open data.
 */
@Component
public class AssetsModule implements ModuleInfo {

    @Override
    public String id() {
        return "assets";
    }

    @Override
    public String name(String language) {
        return "cy".equals(language) ? "Trosglwyddo asedau" : "Asset transfers";
    }

    @Override
    public String description(String language) {
        return "cy".equals(language)
                ? "Cofrestr asedau'r cyngor, ceisiadau i drosglwyddo asedau i gymunedau, asedau o werth cymunedol a phob dyddiad statudol."
                : "The council's asset register, community asset transfer requests, assets of community value and every statutory deadline.";
    }

    @Override
    public Optional<String> apiPath() {
        return Optional.of("/api/assets/register");
    }

    /** Not {@code /assets}: the web bundle serves its static files there. */
    @Override
    public Optional<String> pagePath() {
        return Optional.of("/asset-transfers");
    }

    /** The register, a search of it, and the officers' forms and dashboard. */
    @Override
    public List<String> pages() {
        return List.of("/asset-transfers", "/asset-transfers?q=park", "/asset-transfers/dashboard",
                "/asset-transfers/new-request", "/asset-transfers/new-nomination");
    }
}
