#!/usr/bin/env bash
# Runtime benchmark: cold start to the first 200 from /health, a module jar dropped into
# deploy/ to its first 200 (and removed to its 404), and resident memory, with every module
# enabled. Two JVM option sets run alternately in the same run so their ratio is fair on a
# noisy machine. Usage: distribution/bench/runtime.sh [runs]   (after 'mvn install -DskipTests')
set -euo pipefail
RUNS=${1:-5}
DIST=$(cd "$(dirname "$0")/../target/folkmoot" && pwd)
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

declare -A OPTS=(
  [shipped]="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -XX:MaxMetaspaceSize=256m -Xms48m -Xmx1g"
  [jvm-defaults]="-Xmx1g"
)
now_ms() { date +%s%3N; }
await() { # url status timeout_ms -> elapsed ms, or fails
  local url=$1 want=$2 start; start=$(now_ms)
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)
    [ "$code" = "$want" ] && { echo $(( $(now_ms) - start )); return 0; }
    [ $(( $(now_ms) - start )) -gt 60000 ] && { echo "timeout waiting for $want from $url" >&2; return 1; }
    sleep 0.01
  done
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

cp -r "$DIST" "$WORK/folkmoot"
HOME_DIR="$WORK/folkmoot"
modules=$("$HOME_DIR/bin/folkmoot" modules | awk '{print $1}' | grep -v '^example$' || true)
[ -n "$modules" ] && "$HOME_DIR/bin/folkmoot" enable $modules >/dev/null
example=$(find "$HOME_DIR/system/org/folkmoot/example" -name '*.jar' | head -1)
echo "Modules enabled: ${modules:-none} (plus the example module, dropped in and out)"
echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

for name in "${!OPTS[@]}"; do for m in start restart deploy undeploy rss; do : > "$WORK/$name.$m"; done; done
port=18400
for run in $(seq 1 "$RUNS"); do
  for name in shipped jvm-defaults; do
    port=$((port + 1)); rm -rf "$WORK/data"
    start=$(now_ms)
    FOLKMOOT_JAVA_OPTS="${OPTS[$name]}" "$HOME_DIR/bin/folkmoot" --port $port --data "$WORK/data" > "$WORK/log" 2>&1 &
    pid=$!
    await "http://127.0.0.1:$port/health" 200 >/dev/null
    echo $(( $(now_ms) - start )) >> "$WORK/$name.start"
    for _ in 1 2 3; do
      cp "$example" "$WORK/example.jar.tmp"; mv "$WORK/example.jar.tmp" "$HOME_DIR/deploy/example.jar"
      await "http://127.0.0.1:$port/api/example" 200 >> "$WORK/$name.deploy"
      rm "$HOME_DIR/deploy/example.jar"
      await "http://127.0.0.1:$port/api/example" 404 >> "$WORK/$name.undeploy"
    done
    for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$port/"; curl -s -o /dev/null "http://127.0.0.1:$port/api/modules"; done
    awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status >> "$WORK/$name.rss"
    kill -TERM $pid; wait $pid 2>/dev/null || true
    # Restart on the same data: what a council sees after an upgrade or a reboot.
    port=$((port + 1)); start=$(now_ms)
    FOLKMOOT_JAVA_OPTS="${OPTS[$name]}" "$HOME_DIR/bin/folkmoot" --port $port --data "$WORK/data" > "$WORK/log" 2>&1 &
    pid=$!
    await "http://127.0.0.1:$port/health" 200 >/dev/null
    echo $(( $(now_ms) - start )) >> "$WORK/$name.restart"
    kill -TERM $pid; wait $pid 2>/dev/null || true
  done
done

printf '\n%-14s %28s %22s %24s %22s %13s\n' "JVM options" "cold start ms (med/min/max)" "restart ms (med/max)" "hot deploy ms (med/max)" "undeploy ms (med/max)" "RSS MB (med)"
for name in shipped jvm-defaults; do
  s=$(median < "$WORK/$name.start"); smin=$(sort -n "$WORK/$name.start" | head -1); smax=$(sort -n "$WORK/$name.start" | tail -1)
  d=$(median < "$WORK/$name.deploy"); dmax=$(sort -n "$WORK/$name.deploy" | tail -1)
  u=$(median < "$WORK/$name.undeploy"); umax=$(sort -n "$WORK/$name.undeploy" | tail -1)
  w=$(median < "$WORK/$name.restart"); wmax=$(sort -n "$WORK/$name.restart" | tail -1)
  r=$(median < "$WORK/$name.rss")
  printf '%-14s %28s %22s %24s %22s %13s\n' "$name" "$s / $smin / $smax" "$w / $wmax" "$d / $dmax" "$u / $umax" "$r"
done
echo "($RUNS runs each, alternating; cold start is process launch to the first 200 from /health with an empty"
echo " data directory; restart is the same on the data the cold start left)"
