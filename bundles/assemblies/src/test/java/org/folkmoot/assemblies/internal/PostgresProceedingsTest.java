package org.folkmoot.assemblies.internal;

import javax.sql.DataSource;

import org.folkmoot.testkit.PostgresSchema;

/**
 * Sessions and evidence on a real PostgreSQL, every migration of the module applied, in a schema of
 * its own dropped afterwards. Needs FOLKMOOT_TEST_PG_URL (set by .ci/run); skipped without it, except
 * under CI=true, as {@link PostgresRecruitmentTest}.
 */
class PostgresProceedingsTest extends ProceedingsTest {

    @Override
    Part1 part1() {
        return new Part1() {
            private PostgresSchema schema;

            @Override
            DataSource migrated() throws Exception {
                schema = PostgresSchema.create("assemblies_sessions_test").migrate(PostgresProceedingsTest.class);
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
