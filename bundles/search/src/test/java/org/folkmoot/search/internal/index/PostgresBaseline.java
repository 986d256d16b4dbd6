package org.folkmoot.search.internal.index;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The comparison the benchmark makes: PostgreSQL full-text search the way CONSUL does it (a stored
 * tsvector, a GIN index, {@code websearch_to_tsquery}, {@code ts_rank}), on the same generated
 * contributions, with comparable analysis (English stemming for English, {@code simple} for
 * Welsh; title weighted A). Ranked top 10, filters as plain column conditions.
 */
final class PostgresBaseline implements AutoCloseable {

    private final Connection db;

    PostgresBaseline(String url, String user, String password) throws SQLException {
        this.db = DriverManager.getConnection(url, user, password);
    }

    /** Loads the same N contributions the index got; returns seconds taken (rows, then the GIN index). */
    double load(SearchBenchmark.Corpus corpus, int n) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_contribution");
            s.execute("CREATE TABLE bench_contribution (id text PRIMARY KEY, language text, module text, kind text,"
                    + " created timestamptz, title text, body text, tsv tsvector)");
        }
        db.setAutoCommit(false);
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO bench_contribution VALUES (?, ?, ?, ?, ?, ?, ?,"
                + " setweight(to_tsvector(?::regconfig, ?), 'A') || to_tsvector(?::regconfig, ?))")) {
            Random random = new Random(42);
            for (int i = 1; i <= n; i++) {
                IndexedContribution c = corpus.contribution(random, i);
                String cfg = "cy".equals(c.language()) ? "simple" : "english";
                ps.setString(1, c.id());
                ps.setString(2, c.language());
                ps.setString(3, c.module());
                ps.setString(4, c.kind());
                ps.setTimestamp(5, Timestamp.from(c.created()));
                ps.setString(6, c.title());
                ps.setString(7, c.body());
                ps.setString(8, cfg);
                ps.setString(9, c.title());
                ps.setString(10, cfg);
                ps.setString(11, c.body());
                ps.addBatch();
                if (i % 1_000 == 0 || i == n) {
                    ps.executeBatch();
                    db.commit();
                }
                if (i % 100_000 == 0) {
                    System.out.printf(Locale.ROOT, "  postgres loaded %,d%n", i);
                }
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("CREATE INDEX bench_contribution_tsv ON bench_contribution USING gin (tsv)");
            s.execute("ANALYZE bench_contribution");
        }
        db.commit();
        db.setAutoCommit(true);
        return (System.nanoTime() - start) / 1e9;
    }

    int count() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM bench_contribution")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException noTable) {
            return -1;
        }
    }

    /** Ranked (or newest) top 10 ids for the request. */
    List<String> search(SearchRequest r) throws SQLException {
        StringBuilder sql = new StringBuilder(
                "SELECT id FROM bench_contribution, websearch_to_tsquery('english', ?) q WHERE tsv @@ q");
        List<Object> params = new ArrayList<>();
        // websearch_to_tsquery spells "or" as a word; the resident syntax uses |.
        params.add(r.text().replace("|", " or "));
        for (Map.Entry<Facet, Set<String>> f : r.filters().entrySet()) {
            String column = switch (f.getKey()) {
                case MODULE -> "module";
                case KIND -> "kind";
                case LANGUAGE -> "language";
                case YEAR -> "extract(year from created)::int::text";
                default -> null;
            };
            if (column != null) {
                sql.append(" AND ").append(column).append(" = ANY (?)");
                params.add(f.getValue().toArray(new String[0]));
            }
        }
        sql.append(r.sort() == SearchRequest.Sort.NEWEST ? " ORDER BY created DESC" : " ORDER BY ts_rank(tsv, q) DESC");
        sql.append(" LIMIT 10");
        try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof String[] values) {
                    ps.setArray(i + 1, db.createArrayOf("text", values));
                } else {
                    ps.setString(i + 1, (String) p);
                }
            }
            List<String> ids = new ArrayList<>(10);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
