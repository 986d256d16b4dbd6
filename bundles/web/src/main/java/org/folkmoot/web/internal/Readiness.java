package org.folkmoot.web.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.service.jakartars.runtime.dto.RuntimeDTO;
import org.osgi.service.jakartars.whiteboard.JakartarsWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the runtime has finished starting: every module jar in {@code deploy/} is installed and
 * active, its DS components are satisfied, and each REST resource it registers is served by the
 * whiteboard (in its runtime DTO). Until then {@code /health} says {@code STARTING} with 503, so that
 * a script or a load balancer waiting for {@code /health} never meets a 404 from a module still
 * coming up. Once ready, the runtime stays so: a later redeploy is the hot-deployment promise's
 * business (503 with {@code Retry-After} from that module alone), not a reason to take the whole
 * runtime out of a load balancer. A module still not served {@link #STARTUP_LIMIT} after the start
 * no longer holds the runtime back: {@code /health} reports it and answers DEGRADED instead.
 */
@Component(service = Readiness.class, immediate = true)
public class Readiness {

    static final Duration STARTUP_LIMIT = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);

    private final BundleContext context;
    private final ServiceComponentRuntime components;
    private final Path deploy;
    private final Clock clock;
    private final Instant started;
    private volatile boolean ready;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile JakartarsServiceRuntime whiteboard;

    @Activate
    public Readiness(BundleContext context, @Reference ServiceComponentRuntime components) {
        this.context = context;
        this.components = components;
        String dir = context.getProperty("folkmoot.deploy");
        this.deploy = dir == null || dir.isBlank() ? null : Path.of(dir);
        this.clock = Clock.systemUTC();
        this.started = clock.instant();
    }

    /** What the runtime still waits for; empty once ready (or once the start has taken too long). */
    public List<String> waitingFor() {
        if (ready) {
            return List.of();
        }
        List<String> waiting = new ArrayList<>();
        JakartarsServiceRuntime runtime = whiteboard;
        Set<Long> served = runtime == null ? Set.of() : served(runtime.getRuntimeDTO());
        if (runtime == null) {
            waiting.add("the REST whiteboard is not running yet");
        }
        for (String symbolicName : deployed()) {
            Bundle bundle = installed(symbolicName);
            if (bundle == null) {
                waiting.add(symbolicName + " is not installed yet");
            } else if (bundle.getState() != Bundle.ACTIVE) {
                waiting.add(symbolicName + " is not active yet");
            } else {
                waiting.addAll(unsatisfied(bundle));
                if (runtime != null) {
                    waiting.addAll(unserved(bundle, served));
                }
            }
        }
        if (waiting.isEmpty()) {
            ready = true;
            LOG.info("Ready: every module in {} is active and its endpoints are served ({} ms after the web bundle started)",
                    deploy, Duration.between(started, clock.instant()).toMillis());
        } else if (Duration.between(started, clock.instant()).compareTo(STARTUP_LIMIT) > 0) {
            ready = true;
            LOG.warn("Ready after {} without: {}; /health reports those modules", STARTUP_LIMIT, String.join("; ", waiting));
            return List.of();
        }
        return waiting;
    }

    /** The symbolic names of the jars in deploy/, read from their manifests. */
    private List<String> deployed() {
        List<String> names = new ArrayList<>();
        if (deploy == null || !Files.isDirectory(deploy)) {
            return names;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(deploy, "*.jar")) {
            for (Path jar : jars) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    String name = file.getManifest() == null ? null
                            : file.getManifest().getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
                    if (name != null) {
                        names.add(name.split(";")[0].trim());
                    }
                } catch (IOException beingCopied) {
                    names.add(jar.getFileName() + " (being copied in)");
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", deploy, e.toString());
        }
        return names;
    }

    private Bundle installed(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    /** Components of the bundle whose references or configuration are not there yet. */
    private List<String> unsatisfied(Bundle bundle) {
        List<String> waiting = new ArrayList<>();
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs(bundle)) {
            if (!components.isComponentEnabled(description)) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : components.getComponentConfigurationDTOs(description)) {
                if (configuration.state != ComponentConfigurationDTO.ACTIVE
                        && configuration.state != ComponentConfigurationDTO.SATISFIED) {
                    waiting.add(bundle.getSymbolicName() + ": component " + description.name + " is not satisfied yet");
                }
            }
        }
        return waiting;
    }

    /** REST resources the bundle registered that the whiteboard does not serve yet. */
    private static List<String> unserved(Bundle bundle, Set<Long> served) {
        List<String> waiting = new ArrayList<>();
        ServiceReference<?>[] registered = bundle.getRegisteredServices();
        for (ServiceReference<?> reference : registered == null ? new ServiceReference<?>[0] : registered) {
            Object resource = reference.getProperty(JakartarsWhiteboardConstants.JAKARTA_RS_RESOURCE);
            if (Boolean.TRUE.equals(resource) || "true".equals(resource)) {
                Long id = (Long) reference.getProperty(Constants.SERVICE_ID);
                if (!served.contains(id)) {
                    waiting.add(bundle.getSymbolicName() + ": endpoint " + reference.getProperty(JakartarsWhiteboardConstants.JAKARTA_RS_NAME)
                            + " is not served yet");
                }
            }
        }
        return waiting;
    }

    private static Set<Long> served(RuntimeDTO runtime) {
        Set<Long> ids = new HashSet<>();
        List<ApplicationDTO> applications = new ArrayList<>();
        if (runtime.defaultApplication != null) {
            applications.add(runtime.defaultApplication);
        }
        if (runtime.applicationDTOs != null) {
            applications.addAll(List.of(runtime.applicationDTOs));
        }
        for (ApplicationDTO application : applications) {
            for (ResourceDTO resource : application.resourceDTOs == null ? new ResourceDTO[0] : application.resourceDTOs) {
                ids.add(resource.serviceId);
            }
        }
        return ids;
    }
}
