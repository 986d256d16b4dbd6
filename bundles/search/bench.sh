#!/bin/sh
# Search benchmark. Two modes:
#
#   bundles/search/bench.sh runtime [N, default 100000] [work dir, default /tmp/folkmoot-search-bench-N]
#     Against the real runtime (distribution/target/folkmoot, built with 'mvn install'): generates N
#     contributions (petition sentences with 15% Welsh) as JSON lines, starts a private copy of the
#     runtime, imports them with 'bin/folkmoot import' (timed), waits for search to catch up (timed),
#     then deletes the index and restarts to time a full rebuild, then times the mixed query set through
#     GET /api/search, raw Lucene in-process on the runtime's own index, and PostgreSQL as CONSUL does it,
#     alternating request by request. PostgreSQL when FOLKMOOT_TEST_PG_URL, FOLKMOOT_TEST_PG_USER and
#     FOLKMOOT_TEST_PG_PASSWORD are set. The runtime's JVM options: BENCH_RUNTIME_OPTS.
#
#   bundles/search/bench.sh [N, default 100000] [index dir, default a temp dir]
#     In-process only: indexes through ContributionIndex as a rebuild does (throughput), then times the
#     full search service and raw Lucene on the same index (and PostgreSQL, as above).
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
mvn -B -q -pl bundles/api,bundles/search -DskipTests install
# Without -Dstyle.color=never Maven 3.9 prefixes the output with colour codes, and the first jar (the api) is lost.
cp=$(mvn -B -q -Dstyle.color=never -pl bundles/search dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout | sed 's/\x1b\[[0-9;]*m//g')
java_bench() {
  java ${BENCH_JAVA_OPTS:--Xmx2g -XX:+UseParallelGC} \
    -cp "$here/target/classes:$here/target/test-classes:$cp" "$@"
}

if [ "$1" != runtime ]; then
  java_bench org.folkmoot.search.internal.index.SearchBenchmark "$@"
  exit
fi

n=${2:-100000}
work=${3:-/tmp/folkmoot-search-bench-$n}
dist="$root/distribution/target/folkmoot"
[ -x "$dist/bin/folkmoot" ] || { echo "build the distribution first: mvn -B -q install -DskipTests" >&2; exit 1; }
port=${BENCH_PORT:-18181}
token="bench-token-$(date +%s%N)"
# The launcher's default is C1 only with the serial collector (fastest start); a search server wants C2.
opts=${BENCH_RUNTIME_OPTS:--XX:+UseParallelGC -Xms1g -Xmx2g -Xss512k -XX:MaxMetaspaceSize=256m}
mkdir -p "$work"
log="$work/folkmoot.log"
now() { date +%s.%N; }
secs() { awk "BEGIN { printf \"%.1f\", $2 - $1 }"; }
# CPU seconds the runtime's process has used so far (user + system), to set against the wall clock on a shared machine.
cpu_secs() { awk -v tck="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / tck }' "/proc/$(cat "$work/pid")/stat"; }
json_number() { sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p"; }

start() {
  FOLKMOOT_ADMIN_TOKEN="$token" FOLKMOOT_JAVA_OPTS="$opts" "$work/folkmoot/bin/folkmoot" --port "$port" \
    --data "$work/data" >>"$log" 2>&1 &
  echo $! >"$work/pid"
  until curl -fs "http://127.0.0.1:$port/api/search/status" >/dev/null 2>&1; do
    kill -0 "$(cat "$work/pid")" || { echo "the runtime exited; see $log" >&2; exit 1; }
    sleep 0.2
  done
}
stop() {
  kill "$(cat "$work/pid")" 2>/dev/null || true
  while kill -0 "$(cat "$work/pid")" 2>/dev/null; do sleep 0.2; done
}
trap stop EXIT
caught_up() {
  archive=$(curl -fs "http://127.0.0.1:$port/api/archive/sequence" | json_number sequence)
  while :; do
    status=$(curl -fs "http://127.0.0.1:$port/api/search/status")
    applied=$(echo "$status" | json_number appliedSequence)
    if [ "${applied:-0}" -ge "$archive" ] && echo "$status" | grep -q '"rebuilding":false'; then break; fi
    sleep 0.2
  done
}

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); runtime JVM: $opts"
if [ ! -f "$work/corpus-$n-1.jsonl" ]; then
  java_bench org.folkmoot.search.internal.index.RuntimeBenchmark corpus "$n" "$work/corpus-$n" >/dev/null
fi
echo "corpus: $n contributions, $(du -ch "$work"/corpus-"$n"-*.jsonl | tail -1 | cut -f1) of JSON lines"

# BENCH_REUSE_ARCHIVE=1 keeps the archive a previous run imported into $work/data and times only the
# rebuild and the queries (the import of 1,000,000 takes about 8 minutes).
reuse=
if [ -n "$BENCH_REUSE_ARCHIVE" ] && [ -d "$work/data/db" ]; then reuse=1; fi
if [ -n "$reuse" ]; then rm -rf "$work/folkmoot" "$work/data/cache" "$log"; else rm -rf "$work/folkmoot" "$work/data" "$log"; fi
# Under the lock the distribution's own tests take while they rebuild it (when flock is there).
if command -v flock >/dev/null 2>&1; then flock /tmp/folkmoot-dist.lock cp -r "$dist" "$work/folkmoot"; else cp -r "$dist" "$work/folkmoot"; fi
# The search bundle just built above replaces the distribution's copy, so the benchmark always runs this code.
jar=$(ls "$here"/target/search-*.jar | grep -v -e sources -e tests | head -1)
for f in "$work"/folkmoot/deploy/search-*.jar "$work"/folkmoot/system/org/folkmoot/search/*/search-*.jar; do
  if [ -f "$f" ]; then cp "$jar" "$f"; fi
done
echo "search bundle: $(basename "$jar") built from commit $(git -C "$root" log -1 --format=%h -- bundles/search)$(git -C "$root" diff --quiet HEAD -- bundles/search || echo ' with uncommitted changes')"
if [ -n "$reuse" ]; then
  echo "import: skipped, the archive imported by an earlier run into $work/data is reused (BENCH_REUSE_ARCHIVE)"
else
  start
  t0=$(now)
  for f in "$work"/corpus-"$n"-*.jsonl; do
    FOLKMOOT_TOKEN="$token" FOLKMOOT_PORT="$port" "$work/folkmoot/bin/folkmoot" import "$f" | grep -i "imported" || true
  done
  t1=$(now)
  caught_up
  t2=$(now)
  echo "import: $n contributions through bin/folkmoot import in $(secs "$t0" "$t1") s; search caught up $(secs "$t1" "$t2") s after the last import returned (load average $(cut -d' ' -f1 /proc/loadavg))"
  stop
fi
rm -rf "$work/data/search/index"
start
t3=$(now)
c3=$(cpu_secs)
caught_up
t4=$(now)
c4=$(cpu_secs)
echo "full rebuild (index directory deleted, runtime restarted): caught up $(secs "$t3" "$t4") s after the runtime answered (load average $(cut -d' ' -f1 /proc/loadavg)); the runtime used $(secs "$c3" "$c4") CPU seconds meanwhile = $(awk "BEGIN { printf \"%.0f\", $n / ($c4 - $c3) }") contributions per CPU-second"
grep "search: rebuilt the index from" "$log" | tail -1
echo "index on disk: $(du -sh "$work/data/search/index" | cut -f1); archive database: $(du -sh "$work/data/db" | cut -f1)"

java_bench org.folkmoot.search.internal.index.RuntimeBenchmark query "http://127.0.0.1:$port" "$work/data/search/index" "$n"
