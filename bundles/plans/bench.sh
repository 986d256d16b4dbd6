#!/bin/sh
# Plans benchmark (issue 14, item 9): two versions of a 40,000-word plan (English from the petitions corpus, Welsh
# from the CC0 sentences, both in bundles/testdata) compared section by section and sentence by sentence, and the
# comparison rendered in the real page layout; warmed up, then median and p95 over the runs.
#
#   bundles/plans/bench.sh [words, default 40000] [runs, default 200]
#   bundles/plans/bench.sh import [words, default 40000] [runs, default 50]
#     the same plan imported as a first draft from Markdown, DOCX and ODT
#   bundles/plans/bench.sh page [comments, default 5000] [runs, default 100]
#     a plan page with that many comments, read from the archive (H2 in memory) and rendered
#
# Builds with the reactor (nothing installed into ~/.m2). JVM options: BENCH_JAVA_OPTS.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
mvn -B -q -o -Daether.offline.protocols=file -pl bundles/plans -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$here/target/bench.classpath" >/dev/null
main=org.folkmoot.plans.internal.compare.ComparisonBenchmark
if [ "$1" = import ]; then main=org.folkmoot.plans.internal.draftimport.DraftImportBenchmark; shift; fi
if [ "$1" = page ]; then main=org.folkmoot.plans.internal.rest.PlanPageBenchmark; shift; fi
java ${BENCH_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC -XX:ActiveProcessorCount=2} \
  -cp "$here/target/test-classes:$here/target/classes:$(cat "$here/target/bench.classpath")" "$main" "$@"
