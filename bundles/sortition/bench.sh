#!/bin/sh
# Benchmark LEXIMIN (and optionally other algorithms) on the generated pools; not a test.
# Usage: bundles/sortition/bench.sh [DATA_DIR] [leximin,maximin,legacy] [POOL_FILTER]
# Build first: mvn -B -q -pl bundles/api,bundles/sortition install -DskipTests
set -e
here=$(cd "$(dirname "$0")" && pwd)
data=${1:-$here/../../../shared/data/sortition}
if [ $# -gt 0 ]; then shift; fi
exec java ${BENCH_JAVA_OPTS:-} -cp "$here/target/classes:$here/target/lib/*" \
  org.folkmoot.sortition.internal.bench.SortitionBench "$data" "$@"
