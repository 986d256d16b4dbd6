package org.folkmoot.web.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.folkmoot.features.Installation;
import org.folkmoot.features.ModuleChoices;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The council's choice of modules across runtimes. On a database several runtimes share
 * (PostgreSQL), the administrator's page, the API and {@code bin/folkmoot enable}/{@code disable}
 * record the choice there, and this runtime makes its {@code deploy/} follow it: it reads the choice
 * every second and enables or disables what differs, as the command would (FileInstall then starts
 * or stops the module; other modules keep answering). On embedded H2 the runtime is alone and its
 * {@code deploy/} is the record: nothing is read or written here.
 */
@Component(service = CouncilModuleChoice.class, immediate = true)
public class CouncilModuleChoice {

    private static final Logger LOG = LoggerFactory.getLogger(CouncilModuleChoice.class);
    static final long FOLLOW_MILLIS = 1_000;

    private final DataSource dataSource;
    private final Optional<Installation> installation;
    private final ModuleChoices choices;
    private final ScheduledExecutorService timer;
    private volatile Boolean shared;
    private volatile String lastFailure;

    @Activate
    public CouncilModuleChoice(BundleContext context, @Reference(target = "(folkmoot.storage=main)") DataSource dataSource) {
        this.dataSource = dataSource;
        String home = context.getProperty(ModulesPage.HOME_PROPERTY);
        this.installation = home == null || home.isBlank() ? Optional.empty() : Optional.of(new Installation(Path.of(home)));
        this.choices = new ModuleChoices(dataSource::getConnection);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "folkmoot-module-choice");
            t.setDaemon(true);
            return t;
        });
        if (installation.isPresent()) {
            timer.scheduleWithFixedDelay(this::follow, 0, FOLLOW_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    /** Whether the choice is recorded in the database for every runtime (PostgreSQL), not only in this {@code deploy/}. */
    public boolean shared() {
        Boolean known = shared;
        if (known == null) {
            try (Connection c = dataSource.getConnection()) {
                known = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
                shared = known;
            } catch (SQLException e) {
                throw new org.folkmoot.api.storage.StorageException(e);
            }
        }
        return known;
    }

    /** Records the council's choice for every runtime, then applies it here at once. */
    public void record(String module, boolean enabled, String decidedBy) {
        try {
            choices.record(module, enabled, decidedBy, Clock.systemUTC().instant());
        } catch (SQLException e) {
            throw new org.folkmoot.api.storage.StorageException(e);
        }
        installation.ifPresent(here -> here.follow(Map.of(module, enabled), line -> LOG.info("modules: {}", line)));
    }

    private void follow() {
        try {
            if (!shared()) {
                timer.shutdown(); // alone on H2: deploy/ is the record
                return;
            }
            List<String> changed = installation.orElseThrow().follow(choices.all(),
                    line -> LOG.info("modules: following the council's choice: {}", line));
            if (!changed.isEmpty()) {
                LOG.info("modules: {} changed here to follow the council's choice", changed);
            }
            lastFailure = null;
        } catch (SQLException | RuntimeException e) {
            String failure = e.getMessage();
            if (!String.valueOf(failure).equals(lastFailure)) { // once per kind of failure, not every second
                LOG.warn("modules: cannot follow the council's choice of modules just now: {}", failure);
            }
            lastFailure = failure;
        }
    }
}
