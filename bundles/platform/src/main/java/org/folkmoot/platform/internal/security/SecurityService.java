package org.folkmoot.platform.internal.security;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.folkmoot.api.audit.Actor;
import org.folkmoot.api.audit.AuditLog;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.Roles;
import org.folkmoot.api.storage.ModuleSchema;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authentication for the runtime: accounts, sessions, API tokens, the admin token from
 * {@code FOLKMOOT_ADMIN_TOKEN}, the first admin from configuration, demo accounts in demo mode.
 */
@Component(service = SecurityService.class, immediate = true, configurationPid = SecurityService.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SecurityService.Config.class)
public class SecurityService {

    public static final String PID = "org.folkmoot.platform.Security";
    public static final String ENV_ADMIN_TOKEN = "FOLKMOOT_ADMIN_TOKEN";
    public static final String ADMIN_TOKEN_USER = "admin-token";
    /** Demo accounts' password, printed with a warning; only ever created in demo mode. */
    public static final String DEMO_PASSWORD = "demo-password-not-for-production";
    private static final Logger LOG = LoggerFactory.getLogger(SecurityService.class);

    @ObjectClassDefinition(name = "Folkmoot security")
    public @interface Config {
        @AttributeDefinition(description = "User name of the first admin, created on start when no admin exists")
        String initialAdmin() default "";

        @AttributeDefinition(type = AttributeType.PASSWORD, description = "Password of the first admin (at least 12 characters); remove it once the admin exists")
        String initialAdminPassword() default "";

        @AttributeDefinition(description = "How long a login session lasts, in hours")
        int sessionHours() default 8;

        @AttributeDefinition(description = "Failed logins allowed per user name from one client address in 15 minutes before login from there is refused")
        int maxLoginFailures() default 5;
    }

    private final Accounts accounts;
    private final LoginRateLimiter limiter;
    private final AuditLog audit;
    private final byte[] adminTokenHash;
    private final Duration sessionLength;

    @Activate
    public SecurityService(BundleContext context, Config config,
            @Reference(target = "(folkmoot.storage=main)") DataSource dataSource,
            @Reference(target = "(folkmoot.module=platform)") ModuleSchema schema, @Reference AuditLog audit) {
        this(new Accounts(dataSource, new PasswordHasher(), Clock.systemUTC()), audit, config,
                System.getenv(ENV_ADMIN_TOKEN), "true".equalsIgnoreCase(context.getProperty("folkmoot.demo")));
    }

    public SecurityService(Accounts accounts, AuditLog audit, Config config, String adminToken, boolean demo) {
        this.accounts = accounts;
        this.audit = audit;
        this.limiter = new LoginRateLimiter(accounts.dataSource(), Clock.systemUTC(), Math.max(1, config.maxLoginFailures()), Duration.ofMinutes(15));
        this.sessionLength = Duration.ofHours(Math.max(1, config.sessionHours()));
        this.adminTokenHash = adminToken == null || adminToken.isBlank() ? null
                : Accounts.sha256(adminToken.trim()).getBytes(StandardCharsets.UTF_8);
        if (adminToken != null && !adminToken.isBlank() && adminToken.trim().length() < 16) {
            LOG.warn("{} is shorter than 16 characters; use a long random value", ENV_ADMIN_TOKEN);
        }
        bootstrap(config, demo);
    }

    private void bootstrap(Config config, boolean demo) {
        if (!config.initialAdmin().isBlank() && accounts.find(config.initialAdmin().trim()).isEmpty()) {
            if (config.initialAdminPassword().length() < Accounts.MIN_PASSWORD) {
                LOG.error("initialAdmin is set but initialAdminPassword is shorter than {} characters: no admin created",
                        Accounts.MIN_PASSWORD);
            } else {
                if (createUnlessRaced(config.initialAdmin().trim(), "Administrator", config.initialAdminPassword(),
                        Set.of(Roles.ADMIN))) {
                    audit.record(Actor.system(), "security.account.created", config.initialAdmin().trim(), "first admin from configuration");
                    LOG.info("Created the first admin '{}' from configuration; remove initialAdminPassword from the .cfg", config.initialAdmin());
                }
            }
        }
        if (demo) {
            createDemo("demo-admin", "Demo administrator", Set.of(Roles.ADMIN));
            createDemo("demo-officer", "Demo officer (all modules)", Set.of("*.officer"));
            createDemo("demo-planner", "Demo planning officer", Set.of("plans.officer", "assets.officer"));
            createDemo("demo-facilitator", "Demo facilitator", Set.of("assemblies.facilitator"));
            createDemo("demo-resident", "Demo resident", Set.of(Roles.RESIDENT));
            String warning = "WARNING: Folkmoot is running in DEMO MODE (folkmoot.demo=true). Demo accounts demo-admin, "
                    + "demo-officer, demo-planner, demo-facilitator and demo-resident share the password '" + DEMO_PASSWORD
                    + "'. Never use demo mode with real residents' data.";
            LOG.warn(warning);
            System.out.println(warning);
        }
        if (!accounts.anyWithRole(Roles.ADMIN) && adminTokenHash == null) {
            LOG.warn("No admin account and no {}: set initialAdmin/initialAdminPassword in conf/{}.cfg", ENV_ADMIN_TOKEN, PID);
        }
    }

    private void createDemo(String id, String name, Set<String> roles) {
        if (accounts.find(id).isEmpty()) {
            createUnlessRaced(id, name, DEMO_PASSWORD, roles);
        }
    }

    /**
     * Creates an account at start-up; false when another runtime on the same database created it
     * first (three runtimes starting together all see it missing, and only one insert can win).
     */
    private boolean createUnlessRaced(String id, String name, String password, Set<String> roles) {
        try {
            accounts.create(id, name, password, roles);
            return true;
        } catch (org.folkmoot.api.storage.StorageException e) {
            if (accounts.find(id).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    public Accounts accounts() {
        return accounts;
    }

    public AuditLog audit() {
        return audit;
    }

    public Duration sessionLength() {
        return sessionLength;
    }

    public LoginRateLimiter limiter() {
        return limiter;
    }

    /** What a login attempt came to. */
    public sealed interface LoginResult permits SignedIn, WrongCredentials, Blocked {
    }

    public record SignedIn(Accounts.Account account, Accounts.Session session) implements LoginResult {
    }

    public record WrongCredentials() implements LoginResult {
    }

    public record Blocked(Duration retryAfter) implements LoginResult {
    }

    /** Checks a user name and password, with rate limiting and audit; opens a session on success. */
    public LoginResult login(String username, String password, String origin) {
        String user = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        Optional<Duration> wait = limiter.blocked(user, origin);
        if (wait.isPresent()) {
            audit.record(new Actor(user, origin), "security.login.refused", user, "too many failed attempts");
            return new Blocked(wait.get());
        }
        Optional<Accounts.Account> account = user.isEmpty() || password == null ? Optional.empty()
                : accounts.authenticate(user, password);
        if (account.isEmpty()) {
            limiter.failed(user, origin);
            audit.record(new Actor(user, origin), "security.login.failed", user, "");
            return new WrongCredentials();
        }
        limiter.succeeded(user, origin);
        Accounts.Session session = accounts.createSession(user, sessionLength);
        audit.record(new Actor(user, origin), "security.login", user, "");
        return new SignedIn(account.get(), session);
    }

    /** The user of a bearer token, or empty when the token is unknown. */
    public Optional<FolkmootUser> forToken(String token, String origin) {
        if (token == null || token.isBlank() || token.length() > 500) {
            return Optional.empty();
        }
        if (adminTokenHash != null && MessageDigest.isEqual(adminTokenHash,
                Accounts.sha256(token).getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(new FolkmootUser(ADMIN_TOKEN_USER, "Administrator (token)", Set.of(Roles.ADMIN),
                    origin, ""));
        }
        return accounts.accountForToken(token).map(a -> user(a, origin, ""));
    }

    public Optional<FolkmootUser> forSession(String sessionId, String origin) {
        if (sessionId == null || sessionId.isBlank() || sessionId.length() > 200) {
            return Optional.empty();
        }
        return accounts.session(sessionId).map(s -> user(s.account(), origin, s.csrfToken()));
    }

    public static FolkmootUser user(Accounts.Account a, String origin, String csrf) {
        return new FolkmootUser(a.id(), a.displayName(), a.roles(), origin, csrf);
    }
}
