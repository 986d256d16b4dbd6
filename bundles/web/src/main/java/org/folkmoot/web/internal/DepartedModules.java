package org.folkmoot.web.internal;

import jakarta.ws.rs.ext.MessageBodyWriter;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * When a bundle leaves (updated by a redeploy, unresolved or uninstalled), the web bundle lets go
 * of everything it cached about that bundle's classes: the page templates and FreeMarker's
 * introspection, and Jackson's readers, writers and types. Each of those holds a class, a class
 * holds its loader, and a loader holds every class the module ever loaded: left in place, each
 * redeploy kept the old module in memory until metaspace ran out.
 */
@Component(immediate = true)
public class DepartedModules implements SynchronousBundleListener {

    private final BundleContext context;
    private final PageRendererImpl pages;
    private final JsonProvider json;

    @Activate
    public DepartedModules(BundleContext context, @Reference PageRendererImpl pages,
            @Reference(target = "(osgi.jakartars.name=" + JsonProvider.NAME + ")") MessageBodyWriter<?> json) {
        this.context = context;
        this.pages = pages;
        this.json = (JsonProvider) json;
        context.addBundleListener(this);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        int type = event.getType();
        if (type == BundleEvent.UPDATED || type == BundleEvent.UNRESOLVED || type == BundleEvent.UNINSTALLED) {
            json.forgetModuleTypes();
            pages.forget(event.getBundle());
        }
    }
}
