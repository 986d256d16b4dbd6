#!/bin/sh
# Benchmark LEXIMIN (and optionally other algorithms) on the generated pools; not a test.
# Usage: bundles/sortition/bench.sh [DATA_DIR] [leximin,maximin,legacy] [POOL_FILTER]
# Build first: mvn -B -q -pl bundles/api,bundles/sortition install -DskipTests
set -e
here=$(cd "$(dirname "$0")" && pwd)
# By default the three pools of bundles/testdata/sortition/generate.py (500/50, 1000/100, 2000/100), generated
# into target/pools: the generator is deterministic, and the repository keeps only the 500/50 pool.
data=${1:-}
if [ -z "$data" ]; then
  data=$here/target/pools
  [ -d "$data/synth_n2000_100" ] || python3 -c "import sys; sys.path.insert(0, '$here/../testdata/sortition'); import generate
for n, k in [(500, 50), (1000, 100), (2000, 100)]: generate.make(n, k, seed=n * 7 + k, outdir='$data/synth_n%d_%d' % (n, k))"
fi
if [ $# -gt 0 ]; then shift; fi
exec java ${BENCH_JAVA_OPTS:-} -cp "$here/target/classes:$here/target/lib/*" \
  org.folkmoot.sortition.internal.bench.SortitionBench "$data" "$@"
