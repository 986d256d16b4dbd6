#!/usr/bin/env bash
# Bootstrap benchmark: a generated open-data export of ITEMS items (default 100,000) imported into a fresh
# runtime with bin/folkmoot import-open-data, which prints the rows per second. Build first:
#   mvn -o -Daether.offline.protocols=file -q -pl distribution -am package -DskipTests
#   mvn -o -Daether.offline.protocols=file -q -pl bundles/connector-decidim -am test-compile   (the platform's test classes too)
# then: bundles/connector-decidim/bench.sh [ITEMS] [WORKDIR]
set -euo pipefail
ITEMS=${1:-100000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${2:-$(mktemp -d /tmp/decidim-bench.XXXXXX)}
PORT=${BENCH_PORT:-18391}
TOKEN=decidim-bench-token-$RANDOM$RANDOM$RANDOM
mkdir -p "$WORK"
rm -rf "$WORK/folkmoot"
# BENCH_DIST: another build's runtime folder, to compare two builds side by side
cp -r "${BENCH_DIST:-$ROOT/distribution/target/folkmoot}" "$WORK/folkmoot"
# the language samples the generator writes from are the platform's test resources
java -cp "$ROOT/bundles/connector-decidim/target/test-classes:$ROOT/bundles/connector-decidim/target/classes:$ROOT/bundles/platform/target/test-classes" \
  org.folkmoot.connector.decidim.internal.opendata.OpenDataGenerator "$ITEMS" "$WORK/open-data.zip"
cd "$WORK/folkmoot"
bin/folkmoot enable connector-decidim >/dev/null
if [ -n "${BENCH_WITHOUT_SEARCH:-}" ]; then bin/folkmoot disable search >/dev/null; fi
printf 'url=https://bench.example.gov.uk\nnewItemsEveryMinutes=1440\n' > conf/org.folkmoot.connector.decidim.Site-bench.cfg
FOLKMOOT_ADMIN_TOKEN=$TOKEN bin/folkmoot run --port "$PORT" > "$WORK/runtime.log" 2>&1 &
RUNTIME=$!
trap 'kill $RUNTIME 2>/dev/null; wait $RUNTIME 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if curl -fs -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/connectors/decidim/open-data/none" 2>/dev/null | grep -q . \
     || curl -s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/connectors/decidim/open-data/none" | grep -q "No import"; then
    break
  fi
  sleep 0.5
done
FOLKMOOT_TOKEN=$TOKEN FOLKMOOT_PORT=$PORT bin/folkmoot import-open-data --site https://bench.example.gov.uk "$WORK/open-data.zip"
echo "again (nothing changes):"
FOLKMOOT_TOKEN=$TOKEN FOLKMOOT_PORT=$PORT bin/folkmoot import-open-data --site https://bench.example.gov.uk "$WORK/open-data.zip" | tail -1
