#!/bin/sh
# Civic lottery benchmark (issue 12, item 11; not a test): draws LETTERS from ADDRESSES made-up
# Trafford households (bundles/testdata/assemblies) with an 80/20 split by IMD decile, then makes
# the bilingual letters' PDF, and measures the heap while writing it for a tenth and for all of them.
# Usage: bundles/assemblies/bench.sh [ADDRESSES, default 150000] [LETTERS, default 30000] [WORK DIR]
# Builds with the reactor (no install). The JVM options: BENCH_JAVA_OPTS (default 2 cores' worth, 1 GB).
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
mvn -B -q ${BENCH_MVN_OPTS:-} -pl bundles/assemblies -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$here/target/bench.classpath"
exec java ${BENCH_JAVA_OPTS:--XX:ActiveProcessorCount=2 -Xmx1g} \
  -cp "$here/target/classes:$here/target/test-classes:$(cat "$here/target/bench.classpath")" \
  org.folkmoot.assemblies.internal.lottery.LotteryBenchmark "$@"
