package org.folkmoot.assemblies.internal;

import javax.sql.DataSource;

import org.folkmoot.testkit.PostgresSchema;
import org.junit.jupiter.api.AfterEach;

/**
 * The same recruitment on a real PostgreSQL, in a schema of its own dropped afterwards, with every
 * migration of the module applied. Needs FOLKMOOT_TEST_PG_URL (set by .ci/run); skipped without it,
 * except under CI=true.
 */
class PostgresRecruitmentTest extends RecruitmentTest {
    private PostgresSchema schema;

    @Override
    DataSource migrated() throws Exception {
        schema = PostgresSchema.create("assemblies_test").migrate(PostgresRecruitmentTest.class);
        return schema.dataSource();
    }

    @AfterEach
    void drop() throws Exception {
        if (schema != null) {
            schema.close();
        }
    }
}
