#!/bin/sh
# Ranking evaluation: nDCG@10 and MRR of today's ranking, the new one (and its variants) and plain BM25,
# side by side, per query type, over the 4,134 petitions and the judged queries in
# src/test/resources/eval/. 'eval.sh pool' prints the unjudged petitions of the pooled top 20s.
# Builds the search bundle in the reactor, offline, without installing anything.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
mvn -B -q -o -pl bundles/api,bundles/search -am test-compile
cp=$(mvn -B -q -o -pl bundles/search dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout 2>/dev/null \
  || true)
if [ -z "$cp" ]; then
  echo "could not resolve the test class path offline; run once without -o" >&2
  exit 1
fi
java ${EVAL_JAVA_OPTS:--Xmx1g} -cp "$here/target/classes:$here/target/test-classes:$root/bundles/api/target/classes:$cp" \
  org.folkmoot.search.internal.index.RankingEvaluation "$@"
