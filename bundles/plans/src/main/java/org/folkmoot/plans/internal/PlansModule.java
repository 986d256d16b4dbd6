package org.folkmoot.plans.internal;

import java.util.List;
import java.util.Optional;

import org.folkmoot.api.module.ModuleInfo;
import org.osgi.service.component.annotations.Component;

/** Tells the runtime this module is here: listed on the home page, {@code /api/modules} and {@code /health}. */
@Component
public class PlansModule implements ModuleInfo {

    @Override
    public String id() {
        return "plans";
    }

    @Override
    public String name(String language) {
        return language.equals("cy") ? "Cynlluniau cymunedol" : "Community plans";
    }

    @Override
    public String description(String language) {
        return language.equals("cy")
                ? "Ysgrifennu, ymgynghori ar, mabwysiadu ac adrodd ar gynlluniau cymunedol yn ôl rheolau pob un o wledydd y DU."
                : "Write, consult on, adopt and report on community plans by the rules of each UK nation.";
    }

    @Override
    public Optional<String> apiPath() {
        return Optional.of("/api/plans");
    }

    @Override
    public Optional<String> pagePath() {
        return Optional.of("/plans");
    }

    /** The list of plans (each plan page, statement and report links from there) and the rules of each type. */
    @Override
    public List<String> pages() {
        return List.of("/plans", "/plans/rules");
    }
}
