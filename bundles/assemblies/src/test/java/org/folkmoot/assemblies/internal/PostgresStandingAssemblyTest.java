package org.folkmoot.assemblies.internal;

import javax.sql.DataSource;

import org.folkmoot.testkit.PostgresSchema;

/**
 * Standing assemblies' rounds (carry-over by lot, the background draw) on a real PostgreSQL, every
 * migration of the module applied, in a schema of its own dropped afterwards. Needs
 * FOLKMOOT_TEST_PG_URL; skipped without it, except under CI=true, as {@link PostgresRecruitmentTest}.
 */
class PostgresStandingAssemblyTest extends StandingAssemblyTest {

    @Override
    ProceedingsTest.Part1 part1() {
        return new ProceedingsTest.Part1() {
            private PostgresSchema schema;

            @Override
            DataSource migrated() throws Exception {
                schema = PostgresSchema.create("assemblies_rounds_test").migrate(PostgresStandingAssemblyTest.class);
                ds = schema.dataSource();
                return ds;
            }

            @Override
            void close() throws Exception {
                if (schema != null) {
                    schema.close();
                }
            }
        };
    }
}
