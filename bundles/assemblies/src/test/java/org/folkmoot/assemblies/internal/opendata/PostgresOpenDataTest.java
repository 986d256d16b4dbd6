package org.folkmoot.assemblies.internal.opendata;

import javax.sql.DataSource;

import org.folkmoot.assemblies.internal.recommendations.Harness;
import org.folkmoot.testkit.PostgresSchema;
import org.junit.jupiter.api.AfterEach;

/**
 * The same open data on a real PostgreSQL, in a schema of its own dropped afterwards, with the
 * platform's migrations and the module's. Needs FOLKMOOT_TEST_PG_URL (set by .ci/run); skipped
 * without it, except under CI=true.
 */
class PostgresOpenDataTest extends OpenDataTest {
    private PostgresSchema schema;

    @Override
    DataSource database() throws Exception {
        schema = PostgresSchema.create("opendata_test");
        for (String script : Harness.SCRIPTS) {
            schema.runResource(Harness.class, script);
        }
        schema.runResource(Harness.class, "/db/migration/V3__sessions_evidence.sql");
        return schema.dataSource();
    }

    @AfterEach
    void drop() throws Exception {
        if (schema != null) {
            schema.close();
        }
    }
}
