#!/usr/bin/env bash
# What an Evidence Library entry page costs on a first visit, on the demo's entries: requests a second at 32
# connections, and the CPU each request takes of the JVM and of PostgreSQL (read from /proc), beside three pages
# measured in the same run: the same entries from the page cache, a page of the same layout that reads one row and
# renders a few lines (an entry that does not exist: the web stack, the layout and a query), and nginx serving a
# saved entry page as a file. A flight recording of the first visits then says where the JVM's share goes.
# Prints figures and ratios; asserts nothing.
#
#   bench/evidence-entry.sh         # needs a JDK, wrk, nginx, curl, python3 (apt-get install wrk nginx-light curl)
#   JAR=target/springboard-0.1.0-SNAPSHOT.jar bench/evidence-entry.sh   # an existing jar, not built again
#
# Traffic goes to 127.0.0.1 only, every load run is bounded in time, and everything started here is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
# the first visits run code the cached pages never reach: they warm up for longer before any figure is taken
WARMUP_NEW=${WARMUP_NEW:-40}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
APP_PORT=${APP_PORT:-18092}
NGINX_PORT=${NGINX_PORT:-18093}
for tool in wrk nginx curl java jcmd jfr python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install wrk nginx-light curl)" >&2; exit 1; }
done

work=$(mktemp -d)
app_pid=""
cleanup() {
  stop_app
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  if [ -f "$work/data/postgres/postmaster.pid" ]; then
    kill "$(head -n 1 "$work/data/postgres/postmaster.pid")" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
. bench/lib.sh

if [ -z "${JAR:-}" ]; then
  echo "== building the jar"
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/springboard-*.jar | grep -v plain | head -n 1)
fi

echo "== starting on a new data directory with the demo content"
launched=$(now_ms)
SPRINGBOARD_DATA_DIR="$work/data" PORT=$APP_PORT java -Xmx512m -XX:FlightRecorderOptions=stackdepth=512 -jar "$JAR" \
  >"$work/app-entry.log" 2>&1 &
app_pid=$!
wait_ready entry "$launched"
base="http://127.0.0.1:$APP_PORT"
for page in 1 2 3; do
  curl -s "$base/api/v1/evidence?size=100&page=$page"; echo
done | python3 -c '
import json, sys
for line in sys.stdin:
    if line.strip():
        for item in json.loads(line)["items"]:
            print("/evidence/" + item["slug"])' | sort -u >"$work/entries.txt"
entries=$(wc -l <"$work/entries.txt")
echo "$entries published entries"
# a first visit: an extra parameter keeps each address out of the page cache, so every request renders the page
awk '{ for (n = 0; n < 400; n++) print $0 "?visit=" NR "-" n }' "$work/entries.txt" | python3 -c '
import random, sys
lines = sys.stdin.read().splitlines(); random.Random(3).shuffle(lines); print("\n".join(lines))' >"$work/entries-new.txt"
for n in $(seq 1 20000); do echo "/evidence/no-such-entry-$n"; done >"$work/missing.txt"

# cpu_ticks PID...: user and system clock ticks the processes have used so far
cpu_ticks() { local sum=0 pid; for pid in "$@"; do sum=$(( sum + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0) )); done; echo "$sum"; }
postgres_pids() { pgrep -f "$work/data/postgres" || true; pgrep -P "$(head -n 1 "$work/data/postgres/postmaster.pid")" || true; }
ticks=$(getconf CLK_TCK)

# measure NAME LIST WARM-UP: like load, and the CPU each request took of the JVM and of PostgreSQL (ms)
measure() {
  local name=$1 list=$2 warmup=$3
  local before_jvm before_pg after_jvm after_pg pg_pids
  pg_pids=$(postgres_pids | sort -u | tr '\n' ' ')
  wrk -t"$THREADS" -c"$CONNECTIONS" --timeout 10s -d"${warmup}s" -s "$work/rotate.lua" "$base" -- "$list" >/dev/null
  drain "$base"
  before_jvm=$(cpu_ticks "$app_pid"); before_pg=$(cpu_ticks $pg_pids)
  wrk -t"$THREADS" -c"$CONNECTIONS" --timeout 10s --latency -d"${DURATION}s" -s "$work/rotate.lua" "$base" -- "$list" >"$work/$name.wrk"
  after_jvm=$(cpu_ticks "$app_pid"); after_pg=$(cpu_ticks $pg_pids)
  drain "$base"
  awk -v name="$name" -v jvm=$(( after_jvm - before_jvm )) -v pg=$(( after_pg - before_pg )) -v hz="$ticks" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
    /requests in/ { n = $1 }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    END { printf "%s %.0f %.1f %.1f %.2f %.2f\n", name, rps, p50, p99, 1000 * jvm / hz / n, 1000 * pg / hz / n }' \
    "$work/$name.wrk" >>"$work/measured"
}

echo "== load: ${DURATION}s each at $CONNECTIONS connections after a warm-up (${WARMUP_NEW}s for first visits)"
uptime
measure entry-new "$work/entries-new.txt" "$WARMUP_NEW"
measure missing "$work/missing.txt" "$WARMUP_NEW"
measure entry-cached "$work/entries.txt" "$WARMUP"

echo "== a flight recording of first visits (${DURATION}s)"
jcmd "$app_pid" JFR.start name=entry settings=profile filename="$work/entry.jfr" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" --timeout 10s -d"${DURATION}s" -s "$work/rotate.lua" "$base" -- "$work/entries-new.txt" >/dev/null
jcmd "$app_pid" JFR.stop name=entry >/dev/null
jfr print --stack-depth 512 --events jdk.ExecutionSample "$work/entry.jfr" >"$work/samples.txt"
# JFR_OUT=file keeps the recording for a closer look (jfr print, JDK Mission Control)
[ -n "${JFR_OUT:-}" ] && cp "$work/entry.jfr" "$JFR_OUT"

mkdir -p "$work/www"
chmod a+rx "$work" "$work/www"
curl -s "$base$(head -n 1 "$work/entries.txt")" -o "$work/www/entry.html"
chmod a+r "$work/www/entry.html"
stop_app
start_nginx
load nginx "http://127.0.0.1:$NGINX_PORT/entry.html"

echo
echo "Entry pages on the demo: $entries entries, $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo "(the entry page saved for nginx: $(du -k "$work/www/entry.html" | cut -f1) KB)"
nginx_rps=$(awk '$1 == "nginx" { print $2 }' "$work/results")
printf '%-52s %8s %8s %8s %12s %12s %9s\n' "" "req/s" "p50 ms" "p99 ms" "JVM ms/req" "PG ms/req" "/ nginx"
while read -r name rps p50 p99 jvm pg; do
  label=$(case $name in
    entry-new) echo "entry page, every visit a first one" ;;
    missing) echo "an entry that does not exist (layout, one query)" ;;
    entry-cached) echo "entry page, from the page cache" ;;
  esac)
  printf '%-52s %8s %8s %8s %12s %12s %8.2f%%\n' "$label" "$rps" "$p50" "$p99" "$jvm" "$pg" \
    "$(awk -v a="$rps" -v n="$nginx_rps" 'BEGIN { print 100 * a / n }')"
done <"$work/measured"
read -r _ nginx_rps nginx_p50 nginx_p99 _ <"$work/results"
printf '%-52s %8s %8s %8s\n' "nginx, the saved entry page as a file" "$nginx_rps" "$nginx_p50" "$nginx_p99"
awk '$1 == "entry-new" { e = $5 + $6 } $1 == "missing" { m = $5 + $6 } END {
  printf "first visit: %.2f ms of CPU a request (target 2.00: ratio %.2f); the layout-and-one-query floor: %.2f ms (ratio to it %.2f)\n", e, e / 2, m, e / m }' \
  "$work/measured"

echo
echo "Where a first visit's JVM time goes (share of the request threads' samples in the flight recording):"
python3 - "$work/samples.txt" "$(awk '$1 == "entry-new" { print $5 }' "$work/measured")" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
jvm_ms = float(sys.argv[2])
parts = [
    ("rendering the template (Thymeleaf)", "org.thymeleaf.TemplateEngine.process"),
    ("reading the entry (Hibernate, PostgreSQL driver)", "uk.org.ncjaa.springboard.evidence.domain.EvidenceReader.published"),
    ("formatting the reference (citeproc-java)", "uk.org.ncjaa.springboard.evidence.exports.Citations.cite"),
    ("drawing forest plots", "uk.org.ncjaa.springboard.evidence.web.ForestPlot.of"),
    ("directory links for credited organisations", "uk.org.ncjaa.springboard.directory.DirectoryApi.slugsByName"),
    ("finding the handler (Spring MVC)", "org.springframework.web.servlet.DispatcherServlet.getHandler"),
]
samples = [s for s in text.split("jdk.ExecutionSample") if 'http-nio' in s]
total = len(samples)
if total == 0:
    print("no samples"); sys.exit()
counted = 0
for label, frame in parts:
    n = sum(1 for s in samples if frame + "(" in s)
    counted += n
    print(f"  {label:52s} {100 * n / total:5.1f}%  {jvm_ms * n / total:5.2f} ms")
print(f"  {'the rest (Tomcat, filters, security, writing)':52s} {100 * (total - counted) / total:5.1f}%  {jvm_ms * (total - counted) / total:5.2f} ms")
print(f"  ({total} samples)")
PY
