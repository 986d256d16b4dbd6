package org.folkmoot.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.folkmoot.api.module.ModuleInfo;
import org.folkmoot.api.web.PageRenderer;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.util.tracker.ServiceTracker;

/**
 * In-framework wiring: the shipped platform bundles, at their start levels, plus the example
 * module, booted by Pax Exam in Felix. Checks what the process-level tests cannot see: the
 * services and the Jakarta REST whiteboard's own view of what it serves.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WiringPaxExamIT {

    @Inject
    private BundleContext context;

    @Inject
    private PageRenderer pages;

    @Configuration
    public Option[] configuration() throws IOException {
        return ShippedFramework.withModule("example");
    }

    @Test
    public void everyPlatformBundleIsActive() {
        for (Bundle bundle : context.getBundles()) {
            boolean fragment = bundle.getHeaders().get("Fragment-Host") != null;
            if (!fragment) {
                assertEquals(bundle.getSymbolicName() + " is not active", Bundle.ACTIVE, bundle.getState());
            }
        }
    }

    @Test
    public void theExampleModuleRegistersItsModuleInfo() throws Exception {
        ServiceTracker<ModuleInfo, ModuleInfo> tracker = new ServiceTracker<>(context, ModuleInfo.class, null);
        tracker.open();
        try {
            ModuleInfo module = tracker.waitForService(10_000);
            assertNotNull("no ModuleInfo service", module);
            assertEquals("example", module.id());
            assertEquals("Enghraifft", module.name("cy"));
        } finally {
            tracker.close();
        }
    }

    @Test
    public void theWhiteboardServesTheWebAndModuleResources() throws Exception {
        ServiceTracker<JakartarsServiceRuntime, JakartarsServiceRuntime> tracker =
                new ServiceTracker<>(context, JakartarsServiceRuntime.class, null);
        tracker.open();
        try {
            JakartarsServiceRuntime runtime = tracker.waitForService(20_000);
            assertNotNull("no Jakarta REST whiteboard runtime", runtime);
            List<String> names = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline && !names.contains("folkmoot.example")) {
                names.clear();
                for (ResourceDTO resource : runtime.getRuntimeDTO().defaultApplication.resourceDTOs) {
                    names.add(resource.name);
                }
                Thread.sleep(100);
            }
            assertTrue(names.toString(), names.containsAll(List.of("folkmoot.web.health", "folkmoot.web.modules",
                    "folkmoot.web.home", "folkmoot.example", "folkmoot.example.page")));
            assertEquals("no resource may fail", 0, runtime.getRuntimeDTO().failedResourceDTOs.length);
            assertEquals("no extension may fail", 0, runtime.getRuntimeDTO().failedExtensionDTOs.length);
        } finally {
            tracker.close();
        }
    }

    @Test
    public void thePageRendererServesOtherBundles() {
        assertNotNull(pages);
    }
}
