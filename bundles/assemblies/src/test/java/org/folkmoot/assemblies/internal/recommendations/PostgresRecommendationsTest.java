package org.folkmoot.assemblies.internal.recommendations;

import javax.sql.DataSource;

import org.folkmoot.testkit.PostgresSchema;
import org.junit.jupiter.api.AfterEach;

/**
 * The same lifecycle on a real PostgreSQL, in a schema of its own dropped afterwards, with the
 * platform's and the module's migrations. Needs FOLKMOOT_TEST_PG_URL (set by .ci/run); skipped
 * without it, except under CI=true.
 */
class PostgresRecommendationsTest extends RecommendationsTest {
    private PostgresSchema schema;

    @Override
    DataSource database() throws Exception {
        schema = PostgresSchema.create("recommendations_test");
        for (String script : Harness.SCRIPTS) {
            schema.runResource(Harness.class, script);
        }
        return schema.dataSource();
    }

    @AfterEach
    void drop() throws Exception {
        if (schema != null) {
            schema.close();
        }
    }
}
