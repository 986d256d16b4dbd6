#!/bin/sh
# Benchmarks of the citizens' assemblies module (issue 12; not tests).
#
# bundles/assemblies/bench.sh [ADDRESSES, default 150000] [LETTERS, default 30000] [WORK DIR]
#   The civic lottery: draws LETTERS from ADDRESSES made-up Trafford households (bundles/testdata/assemblies)
#   with an 80/20 split by IMD decile, then makes the bilingual letters' PDF, and measures the heap while
#   writing it for a tenth and for all of them.
# bundles/assemblies/bench.sh registrations [RATE, default 50] [SECONDS, default 60]
#   Registration under load: builds and starts the distribution, then posts RATE household registrations a
#   second over real HTTP for SECONDS, open loop; reports errors, latency percentiles and processor time.
#
# Builds with the reactor (no install). The JVM options: BENCH_JAVA_OPTS (default 2 cores' worth, 1 GB).
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
main=org.folkmoot.assemblies.internal.lottery.LotteryBenchmark
if [ "$1" = registrations ]; then
  shift
  main=org.folkmoot.assemblies.internal.registration.RegistrationBenchmark
  mvn -B -q ${BENCH_MVN_OPTS:-} -pl distribution -am package -DskipTests
fi
mvn -B -q ${BENCH_MVN_OPTS:-} -pl bundles/assemblies -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$here/target/bench.classpath"
exec java ${BENCH_JAVA_OPTS:--XX:ActiveProcessorCount=2 -Xmx1g} -Dfolkmoot.dist="$root/distribution/target/folkmoot" \
  -cp "$here/target/classes:$here/target/test-classes:$(cat "$here/target/bench.classpath")" \
  "$main" "$@"
