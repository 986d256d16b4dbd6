package org.folkmoot.example.internal;

import java.util.Optional;

import org.folkmoot.api.module.ModuleInfo;
import org.osgi.service.component.annotations.Component;

/** Tells the runtime this module is here: listed on the home page, {@code /api/modules} and {@code /health}. */
@Component
public class ExampleModule implements ModuleInfo {

    @Override
    public String id() {
        return "example";
    }

    @Override
    public String name(String language) {
        return language.equals("cy") ? "Enghraifft" : "Example";
    }

    @Override
    public String description(String language) {
        return language.equals("cy")
                ? "Y modiwl lleiaf posibl, i ddatblygwyr ei gopïo."
                : "The smallest possible module, for developers to copy.";
    }

    @Override
    public Optional<String> apiPath() {
        return Optional.of("/api/example");
    }

    @Override
    public Optional<String> pagePath() {
        return Optional.of("/example");
    }
}
