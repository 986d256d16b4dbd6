#!/bin/sh
# Search benchmark: generates N contributions (petition sentences with Welsh mixed in), indexes them,
# reports indexing throughput and in-process query latency p50/p99 for a mixed query set.
# Usage (from anywhere): bundles/search/bench.sh [contributions, default 100000] [index dir, default a temp dir]
# Re-running with the same index dir and count reuses the index and only measures queries.
# PostgreSQL baseline (CONSUL-style tsvector + GIN + websearch_to_tsquery + ts_rank) when FOLKMOOT_TEST_PG_URL,
# FOLKMOOT_TEST_PG_USER and FOLKMOOT_TEST_PG_PASSWORD are set (or -Dbench.pg.url/user/password in BENCH_JAVA_OPTS).
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
mvn -B -q -pl bundles/api,bundles/search -DskipTests install
cp=$(mvn -B -q -pl bundles/search dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java ${BENCH_JAVA_OPTS:--Xmx2g -XX:+UseParallelGC} -Dfolkmoot.shared.data="$root/../shared/data" \
  -cp "$here/target/classes:$here/target/test-classes:$cp" \
  org.folkmoot.search.internal.index.SearchBenchmark "$@"
