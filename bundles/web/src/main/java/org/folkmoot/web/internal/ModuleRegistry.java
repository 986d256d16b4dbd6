package org.folkmoot.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.folkmoot.api.health.Health;
import org.folkmoot.api.health.HealthIndicator;
import org.folkmoot.api.module.ModuleInfo;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.util.tracker.BundleTracker;

/**
 * What modules this runtime has and how each is doing: the {@link ModuleInfo} services that
 * modules register, the module bundles present (by their {@code Folkmoot-Module} header), and
 * the {@link HealthIndicator}s anyone registers.
 */
@Component(service = ModuleRegistry.class, immediate = true)
public class ModuleRegistry {

    /** One module as residents, officers and operators see it. */
    public record ModuleView(String id, String name, String description, String version,
                             String api, String page, List<String> pages) {
    }

    /** One line of {@code /health}. */
    public record ComponentHealth(String id, String version, String state, Health.Status status, String message) {
    }

    private final Map<ModuleInfo, ServiceReference<ModuleInfo>> modules = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<HealthIndicator> indicators;

    private final BundleTracker<Bundle> moduleBundles;

    @Activate
    public ModuleRegistry(BundleContext context) {
        moduleBundles = new BundleTracker<>(context, Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING
                | Bundle.ACTIVE | Bundle.STOPPING, null) {
            @Override
            public Bundle addingBundle(Bundle bundle, org.osgi.framework.BundleEvent event) {
                return bundle.getHeaders("").get(ModuleInfo.MODULE_HEADER) != null ? bundle : null;
            }
        };
        moduleBundles.open();
    }

    @Deactivate
    void deactivate() {
        moduleBundles.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModule(ModuleInfo module, ServiceReference<ModuleInfo> reference) {
        modules.put(module, reference);
    }

    void removeModule(ModuleInfo module) {
        modules.remove(module);
    }

    /** The active modules, by name. */
    public List<ModuleView> modules(String language) {
        List<ModuleView> views = new ArrayList<>();
        modules.forEach((module, reference) -> views.add(new ModuleView(module.id(), module.name(language),
                module.description(language), reference.getBundle() == null ? "" : reference.getBundle().getVersion().toString(),
                module.apiPath().orElse(null), module.pagePath().orElse(null), module.pages())));
        views.sort(Comparator.comparing(ModuleView::name));
        return views;
    }

    /** Every module bundle present and every health indicator, each with its status. */
    public List<ComponentHealth> health() {
        Map<String, ModuleInfo> active = new ConcurrentHashMap<>();
        modules.keySet().forEach(module -> active.put(module.id(), module));
        List<HealthIndicator> reports = indicators == null ? List.of() : indicators;
        List<ComponentHealth> result = new ArrayList<>();
        for (Bundle bundle : moduleBundles.getBundles() == null ? new Bundle[0] : moduleBundles.getBundles()) {
            String id = bundle.getHeaders("").get(ModuleInfo.MODULE_HEADER).trim();
            String state = stateName(bundle.getState());
            Health health = active.containsKey(id) ? Health.up() : Health.down(
                    "The module's bundle " + bundle.getSymbolicName() + " is " + state
                            + " but its components are not running. Check the runtime log for the cause.");
            for (HealthIndicator indicator : reports) {
                if (indicator.component().equals(id)) {
                    Health reported = indicator.health();
                    // a down report wins; an active module's up report may say how it is doing (search: how far its index is)
                    if (!reported.isUp() || health.isUp() && !reported.message().isEmpty()) {
                        health = reported;
                    }
                }
            }
            result.add(new ComponentHealth(id, bundle.getVersion().toString(), state, health.status(), health.message()));
        }
        for (HealthIndicator indicator : reports) {
            boolean isModule = result.stream().anyMatch(line -> line.id().equals(indicator.component()));
            if (!isModule) {
                Health health = indicator.health();
                result.add(new ComponentHealth(indicator.component(), "", "active", health.status(), health.message()));
            }
        }
        result.sort(Comparator.comparing(ComponentHealth::id));
        return result;
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "installed (not resolved)";
            case Bundle.RESOLVED -> "resolved (not started)";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.ACTIVE -> "active";
            default -> "uninstalled";
        };
    }
}
