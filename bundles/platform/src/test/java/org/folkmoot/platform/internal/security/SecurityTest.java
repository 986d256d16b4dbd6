package org.folkmoot.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.ModuleRoles;
import org.folkmoot.api.security.RoleDefinition;
import org.folkmoot.api.security.Roles;
import org.folkmoot.platform.internal.migration.MigrationScript;
import org.folkmoot.platform.internal.migration.ModuleMigrator;
import org.folkmoot.platform.internal.migration.Scripts;
import org.folkmoot.platform.internal.TestDb;
import org.folkmoot.platform.internal.audit.JdbcAuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecurityTest {

    @TempDir
    Path tmp;

    static Stream<String> kinds() {
        return TestDb.kinds();
    }

    @Test
    void argon2idHashesAreSaltedAndVerify() {
        PasswordHasher h = new PasswordHasher();
        String a = h.hash("correct horse battery staple");
        String b = h.hash("correct horse battery staple");
        assertTrue(a.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), a);
        assertNotEquals(a, b, "each hash has its own salt");
        assertTrue(h.verify("correct horse battery staple", a));
        assertFalse(h.verify("correct horse battery stapl", a));
        assertFalse(h.verify("anything", "$2a$10$notargon"));
        assertFalse(h.verify("anything", "$argon2id$v=19$m=99999999,t=2,p=1$AAAA$AAAA"));
        assertFalse(h.verify("anything", null));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void loginIsRefusedAfterTooManyFailuresUntilTheWindowPasses(String kind) throws Exception {
        Instant[] now = {Instant.parse("2026-11-23T10:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        try (TestDb db = TestDb.platform(kind, tmp)) {
        LoginRateLimiter limiter = new LoginRateLimiter(db.dataSource, clock, 3, Duration.ofMinutes(15));
        // another runtime on the same database counts the same failures
        LoginRateLimiter elsewhere = new LoginRateLimiter(db.dataSource, clock, 3, Duration.ofMinutes(15));
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.blocked("ann", "1.2.3.4").isEmpty());
            (i % 2 == 0 ? limiter : elsewhere).failed("ann", "1.2.3.4");
        }
        assertTrue(limiter.blocked("ann", "1.2.3.4").isPresent(), "that address may not guess ann's password further");
        assertTrue(elsewhere.blocked("ann", "1.2.3.4").isPresent(), "on any runtime");
        assertEquals(Duration.ofMinutes(15), elsewhere.blocked("ann", "1.2.3.4").orElseThrow());
        assertTrue(limiter.blocked("ann", "5.6.7.8").isEmpty(), "whoever knows ann's name cannot lock her out from elsewhere");
        assertTrue(limiter.blocked("bob", "1.2.3.4").isEmpty(), "other people at the same address may still log in");
        for (int i = 0; i < 9; i++) {
            limiter.failed("name-" + i, "1.2.3.4");
        }
        assertTrue(limiter.blocked("bob", "1.2.3.4").isPresent(), "an address guessing across many names is stopped");
        assertTrue(limiter.blocked("ann", "5.6.7.8").isEmpty());
        now[0] = now[0].plus(Duration.ofMinutes(16));
        assertTrue(limiter.blocked("ann", "1.2.3.4").isEmpty());
        limiter.failed("ann", "1.2.3.4");
        limiter.succeeded("ann", "1.2.3.4");
        for (int i = 0; i < 2; i++) {
            limiter.failed("ann", "1.2.3.4");
        }
        assertTrue(elsewhere.blocked("ann", "1.2.3.4").isEmpty(), "a success cleared the earlier failure");
        }
    }

    @Test
    void moduleRolesHoldOnlyInTheirModuleAndAdminsHoldEveryRole() {
        FolkmootUser planner = new FolkmootUser("p", "P", Set.of("plans.officer"), "", "");
        FolkmootUser everywhere = new FolkmootUser("o", "O", Set.of("*.officer"), "", "");
        FolkmootUser admin = new FolkmootUser("a", "A", Set.of(Roles.ADMIN), "", "");
        FolkmootUser resident = new FolkmootUser("r", "R", Set.of(Roles.RESIDENT), "", "");
        assertTrue(planner.hasRole("plans.officer"));
        assertFalse(planner.hasRole("assets.officer"), "an officer of plans is not one of assets");
        assertFalse(planner.hasRole("plans.editor"), "one role of a module is not every role of it");
        assertFalse(planner.hasRole("officer"), "a bare name is held by no one but admins");
        assertFalse(planner.hasRole(Roles.ADMIN));
        assertTrue(planner.mayManage("plans"));
        assertFalse(planner.mayManage("assets"));
        assertTrue(planner.isStaff());
        assertTrue(everywhere.hasRole("assets.officer") && everywhere.hasRole("assemblies.officer"));
        assertFalse(everywhere.hasRole("assemblies.facilitator"), "the wildcard is for that role only");
        assertTrue(everywhere.mayManage("anything"));
        assertTrue(admin.hasRole("assets.officer") && admin.hasRole("officer") && admin.mayManage("assets"));
        assertFalse(resident.mayManage("plans"));
        assertFalse(resident.isStaff());
        assertFalse(resident.hasRole("plans.officer"));
        assertTrue(resident.hasRole(Roles.ANY_SIGNED_IN));
        assertFalse(Roles.isGrantable("officer"));
        assertFalse(Roles.isGrantable("Assets.officer"));
        assertFalse(Roles.isGrantable("assets.officer.x"));
        assertTrue(Roles.isGrantable("*.officer"));
        assertThrows(IllegalArgumentException.class, () -> new RoleDefinition("officer", "Officer", "Swyddog", "", ""));
    }

    @Test
    void requestsOfTheOldFormKeepWorkingAndRolesOfRunningModulesAreChecked() {
        assertEquals(Set.of("plans.officer", "assets.officer"), Grants.fromRequest(List.of("officer"), List.of("plans", "assets")));
        assertEquals(Set.of("*.officer", "admin"), Grants.fromRequest(List.of("officer", "admin"), List.of("*")));
        assertEquals(Set.of("assets.officer"), Grants.fromRequest(List.of("assets.officer"), null));
        assertThrows(IllegalArgumentException.class, () -> Grants.fromRequest(List.of("officer"), List.of()));
        ModuleRoles assets = new ModuleRoles() {
            @Override
            public String module() {
                return "assets";
            }

            @Override
            public List<RoleDefinition> roles() {
                return List.of(new RoleDefinition("assets.officer", "Officer", "Swyddog", "", ""),
                        new RoleDefinition("plans.editor", "Smuggled", "Smyglwyd", "", ""));
            }
        };
        RoleRegistry registry = new RoleRegistry(List.of(assets), List.of());
        assertEquals(List.of("assets.officer"), registry.all().stream().map(RoleDefinition::id).toList(),
                "a module declares only roles of its own");
        assertTrue(registry.refusal(List.of("assets.officer", "plans.editor", "*.officer", "admin")).isEmpty(),
                "roles of modules not running may be granted ahead");
        assertTrue(registry.refusal(List.of("assets.oficer")).orElseThrow().contains("assets.officer"));
        assertTrue(registry.refusal(List.of("officer")).isPresent());
    }

    /** Accounts made before V4 (roles and a modules list) keep exactly what they could do. */
    @ParameterizedTest
    @MethodSource("kinds")
    void theMigrationTurnsOldAccountsIntoModuleRoles(String kind) throws Exception {
        try (TestDb db = TestDb.open(kind, tmp)) {
            List<MigrationScript> all = Scripts.inDirectory(TestDb.platformScripts(), kind);
            ModuleMigrator migrator = new ModuleMigrator(db.ds());
            migrator.migrate("platform", all.stream().filter(m -> !m.filename().startsWith("V4")).toList());
            try (var c = db.ds().getConnection(); var st = c.createStatement()) {
                st.executeUpdate("INSERT INTO account (id, display_name, password_hash, roles, modules, created, disabled) VALUES "
                        + "('boss', 'B', NULL, 'admin', '*', CURRENT_TIMESTAMP, FALSE), "
                        + "('planner', 'P', NULL, 'officer', 'plans,assets', CURRENT_TIMESTAMP, FALSE), "
                        + "('all', 'O', NULL, 'officer', '*', CURRENT_TIMESTAMP, FALSE), "
                        + "('fac', 'F', NULL, 'facilitator,officer', 'assemblies', CURRENT_TIMESTAMP, FALSE), "
                        + "('res', 'R', NULL, 'resident', '', CURRENT_TIMESTAMP, FALSE)");
            }
            migrator.migrate("platform", all);
            Accounts accounts = new Accounts(db.ds(), new PasswordHasher(), Clock.systemUTC());
            assertEquals(Set.of("admin"), accounts.find("boss").orElseThrow().roles());
            assertEquals(Set.of("plans.officer", "assets.officer"), accounts.find("planner").orElseThrow().roles());
            assertEquals(Set.of("*.officer"), accounts.find("all").orElseThrow().roles());
            assertEquals(Set.of("assemblies.facilitator", "assemblies.officer"), accounts.find("fac").orElseThrow().roles());
            assertEquals(Set.of("resident"), accounts.find("res").orElseThrow().roles());
        }
    }

    static SecurityService.Config config(String admin, String password) {
        return new SecurityService.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SecurityService.Config.class;
            }

            @Override
            public String initialAdmin() {
                return admin;
            }

            @Override
            public String initialAdminPassword() {
                return password;
            }

            @Override
            public int sessionHours() {
                return 8;
            }

            @Override
            public int maxLoginFailures() {
                return 5;
            }
        };
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anAccountsContactIsOneEmailAddressAndEnglishOrWelsh(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            Accounts accounts = new Accounts(db.ds(), new PasswordHasher(), Clock.systemUTC());
            accounts.create("clerk", "Clerk", null, Set.of("assets.officer"));
            assertTrue(accounts.setContact("clerk", " clerk@council.example ", "cy"));
            assertFalse(accounts.setContact("nobody", "x@council.example", "en"), "no such account");
            for (String bad : new String[] {"clerk", "clerk@", "two@at@council.example", "clerk@council", "a b@council.example"}) {
                assertThrows(IllegalArgumentException.class, () -> accounts.setContact("clerk", bad, "en"), bad);
            }
            assertThrows(IllegalArgumentException.class, () -> accounts.setContact("clerk", "clerk@council.example", "fr"));
            try (var c = db.ds().getConnection(); var st = c.createStatement();
                 var rs = st.executeQuery("SELECT email, language FROM account WHERE id = 'clerk'")) {
                assertTrue(rs.next());
                assertEquals("clerk@council.example", rs.getString(1), "the refused changes left the address as it was");
                assertEquals("cy", rs.getString(2));
            }
            assertTrue(accounts.setContact("clerk", "", "en"), "an empty address stops e-mail");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void accountsTokensAndSessions(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            Accounts accounts = new Accounts(db.ds(), new PasswordHasher(), Clock.systemUTC());
            JdbcAuditLog audit = new JdbcAuditLog(db.ds(), Clock.systemUTC());
            SecurityService security = new SecurityService(accounts, audit, config("root", "a long first password"),
                    "provisioned-admin-token-123456", false);
            assertTrue(accounts.find("root").orElseThrow().roles().contains(Roles.ADMIN), "first admin from configuration");
            assertTrue(accounts.find("demo-officer").isEmpty(), "no demo accounts outside demo mode");
            assertEquals("security.account.created", audit.latest(Long.MAX_VALUE, 1).get(0).action());

            assertTrue(accounts.authenticate("root", "a long first password").isPresent());
            assertTrue(accounts.authenticate("root", "wrong password!!").isEmpty());
            assertTrue(accounts.authenticate("nobody", "a long first password").isEmpty());
            assertThrows(IllegalArgumentException.class,
                    () -> accounts.create("short", "S", "too short", Set.of("assets.officer")));
            assertThrows(IllegalStateException.class,
                    () -> accounts.create("root", "again", "another long password", Set.of("assets.officer")));
            assertThrows(IllegalArgumentException.class,
                    () -> accounts.create("bare", "B", "another long password", Set.of("officer")));

            accounts.create("olwen", "Olwen", "olwen's long password", Set.of("assets.officer"));
            String token = accounts.createToken("olwen", "scripts");
            FolkmootUser viaToken = security.forToken(token, "10.1.1.1").orElseThrow();
            assertEquals("olwen", viaToken.id());
            assertTrue(viaToken.mayManage("assets"));
            assertFalse(viaToken.mayManage("plans"));
            accounts.setRoles("olwen", Set.of("assets.officer", "plans.editor"));
            assertEquals(Set.of("assets.officer", "plans.editor"), security.forToken(token, "").orElseThrow().roles(),
                    "a grant takes effect on the next request");
            assertEquals("10.1.1.1", viaToken.actor().origin());
            assertTrue(security.forToken(token + "x", "").isEmpty());
            FolkmootUser admin = security.forToken("provisioned-admin-token-123456", "").orElseThrow();
            assertTrue(admin.isAdmin());

            Accounts.Session s = accounts.createSession("olwen", Duration.ofHours(1));
            FolkmootUser viaSession = security.forSession(s.id(), "").orElseThrow();
            assertEquals(s.csrfToken(), viaSession.csrfToken());
            assertFalse(viaSession.csrfToken().isEmpty());
            accounts.endSession(s.id());
            assertTrue(security.forSession(s.id(), "").isEmpty(), "logged out");
            Accounts.Session expired = accounts.createSession("olwen", Duration.ofSeconds(-1));
            assertTrue(security.forSession(expired.id(), "").isEmpty(), "expired");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void demoModeCreatesDemoAccountsAndNoAdminWithoutConfiguration(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            Accounts accounts = new Accounts(db.ds(), new PasswordHasher(), Clock.systemUTC());
            JdbcAuditLog audit = new JdbcAuditLog(db.ds(), Clock.systemUTC());
            new SecurityService(accounts, audit, config("", ""), null, false);
            assertTrue(accounts.list().isEmpty(), "no built-in account or default password");
            new SecurityService(accounts, audit, config("", ""), null, true);
            assertTrue(accounts.authenticate("demo-officer", SecurityService.DEMO_PASSWORD).isPresent());
            assertEquals(Set.of("plans.officer", "assets.officer"), accounts.find("demo-planner").orElseThrow().roles());
            // Starting again in demo mode changes nothing.
            new SecurityService(accounts, audit, config("", ""), null, true);
            assertEquals(5, accounts.list().size());
        }
    }
}
