package org.folkmoot.plans.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;

import org.folkmoot.plans.internal.plan.Bilingual;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.PlanException;
import org.folkmoot.plans.internal.plan.PlanLifecycleTestData;
import org.folkmoot.plans.internal.rules.PlanRuleBook;
import org.folkmoot.plans.internal.rules.PlanRules;
import org.folkmoot.plans.internal.rules.PlanType;
import org.folkmoot.platform.internal.storage.JdbcTransactions;
import org.folkmoot.testkit.TestClock;
import javax.sql.DataSource;

import org.folkmoot.testkit.PostgresSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The V1 migration and the plan store on a real PostgreSQL, in a schema of their own that is dropped
 * afterwards. Needs FOLKMOOT_TEST_PG_URL (set by .ci/run); skipped without it, except under CI=true
 * where its absence is a failure.
 */
class PostgresPlansTest {
    private final TestClock clock = TestClock.on(LocalDate.of(2026, 3, 2));
    private DataSource ds;
    private PostgresSchema schema;

    @BeforeEach
    void migrate() throws Exception {
        schema = PostgresSchema.create("plans_test").migrate(PostgresPlansTest.class);
        ds = schema.dataSource();
    }

    @AfterEach
    void drop() throws SQLException {
        if (schema != null) {
            schema.close();
        }
    }

    @Test
    void aPlanIsStoredChangedInOneTransactionAndARefusedStepWritesNothing() {
        PlanRepository plans = new PlanRepository(ds, new JdbcTransactions(ds), clock, (tx, p) -> { });
        PlanRules rules = PlanRuleBook.bundled().inForce(PlanType.WELL_BEING_PLAN, clock.today()).orElseThrow();
        plans.create(Plan.start("gwynedd", rules, Bilingual.of("Gwynedd Well-being Plan", "Cynllun Llesiant Gwynedd"), true, null,
                "", clock.today()));
        assertEquals(409, assertThrows(PlanException.class, () -> plans.create(Plan.start("gwynedd", rules, Bilingual.of("Again", ""),
                false, null, "", clock.today()))).status());
        plans.change("gwynedd", p -> p.saveDraft(PlanLifecycleTestData.sections("Healthy, connected communities."), "e", clock));
        plans.change("gwynedd", p -> p.publish(1, "e", clock));
        assertEquals(422, assertThrows(PlanException.class, () -> plans.change("gwynedd", p -> p.openConsultation(1, "consultation",
                clock.today(), clock.today().plusDays(30), "", rules, "o"))).status());
        Plan back = plans.get("gwynedd");
        assertTrue(back.consultations().isEmpty(), "the refused window was not written");
        assertTrue(back.version(1).published());
        assertEquals("Cynllun Llesiant Gwynedd", back.title().cy());
        assertEquals(new java.math.BigDecimal("2.5"),
                back.version(1).section("green-spaces").orElseThrow().action().indicators().get(0).baseline());
        assertEquals(1, plans.count());
    }
}
