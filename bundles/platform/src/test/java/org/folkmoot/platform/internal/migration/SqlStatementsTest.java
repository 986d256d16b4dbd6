package org.folkmoot.platform.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {

    @Test
    void splitsAtSemicolonsOutsideQuotesCommentsAndDollarBodies() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE t (a VARCHAR(10) DEFAULT 'x;y');
                /* block; comment */ INSERT INTO t VALUES ('it''s; fine');
                CREATE FUNCTION f() RETURNS INT AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql;
                """;
        List<String> st = SqlStatements.split(script);
        assertEquals(3, st.size(), st.toString());
        assertEquals("CREATE TABLE t (a VARCHAR(10) DEFAULT 'x;y')", st.get(0));
        assertEquals("INSERT INTO t VALUES ('it''s; fine')", st.get(1));
        assertEquals("CREATE FUNCTION f() RETURNS INT AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql", st.get(2));
    }
}
