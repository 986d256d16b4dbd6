#!/usr/bin/env bash
# Cluster benchmark: a mixed load of searches and writes through nginx in front of 1, 2 and 3 runtimes
# on one PostgreSQL, side by side in one run (ClusterBenchmark). Needs nginx and the PostgreSQL that
# .ci/run provides (FOLKMOOT_TEST_PG_URL, _USER, _PASSWORD; a database of its own is created and dropped).
# Usage: distribution/bench/cluster.sh [runtimes, default 1,2,3] [client threads, default 4] [seconds, default 20] [rounds, default 2]
# BENCH_MVN_OPTS passes Maven options (e.g. "-o" offline). The table is printed and written to distribution/target/cluster-bench.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${FOLKMOOT_TEST_PG_URL:?set FOLKMOOT_TEST_PG_URL (jdbc:postgresql://localhost:5432/folkmoot_test), FOLKMOOT_TEST_PG_USER and FOLKMOOT_TEST_PG_PASSWORD}"
mvn -B -q ${BENCH_MVN_OPTS:-} -pl distribution -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ClusterBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbench.runtimes="${1:-1,2,3}" -Dbench.threads="${2:-4}" -Dbench.seconds="${3:-20}" -Dbench.rounds="${4:-2}" \
  | grep -v ' INFO \| WARN ' || true
cat distribution/target/cluster-bench.md
