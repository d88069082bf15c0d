#!/usr/bin/env bash
# The Evidence Library at scale: N generated entries, each with a report's worth of text, imported
# and indexed at start, then search with facets (page and JSON API) and entry pages under load,
# beside nginx serving a saved entry page as a static file in the same run. Prints figures and
# ratios; asserts nothing.
#
#   bench/evidence.sh                     # 100,000 entries; needs a JDK, python3, wrk, nginx, curl
#   N=2000 DURATION=5 bench/evidence.sh   # a quick check that everything works
#   JFR=1 bench/evidence.sh               # also records a flight recording, kept in target/evidence.jfr
#   KEEP=1 bench/evidence.sh              # keeps the work directory (logs, wrk output) for a look afterwards
#   FLOORS=0 bench/evidence.sh            # leaves out the import's floors (bench/evidence-floors.sh, run first by default)
#   LOAD=0 bench/evidence.sh              # the import and its floors only, no load afterwards
#
# Searches and entry pages run twice: from a short list in turn, as busy pages are asked for again and
# again (the caches answer most), and with every address new (searches made up at random, entry pages
# with an extra parameter), which is what the engine and the templates cost with no cache at all.
#
# New searches also run open-loop (bench/OpenLoop.java): RATE a second whatever the server does, each timed from when
# it was due, so a backlog shows as visitors would feel it.
#
# The targets it reports against: import + index at most 1.5 times its floors, measured first in the same run
# (Lucene alone and PostgreSQL's COPY, one after the other); new searches at 50 a second: p99 <= 250 ms; search with facets p99 <= 50 ms and
# >= 500 requests/s at 32 connections; entry page >= 2,000 requests/s; heap <= 512 MB (the JVM runs
# with -Xmx512m, so staying up at all is the heap check; the peak after collection is printed too).
# Traffic goes to 127.0.0.1 only, every load run is bounded in time, and everything started here
# is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-100000}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-5}
# the runs of new searches and first visits exercise code the cached runs never reach: it warms up for longer
WARMUP_NEW=${WARMUP_NEW:-15}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
HEAP=${HEAP:-512m}
APP_PORT=${APP_PORT:-18090}
NGINX_PORT=${NGINX_PORT:-18091}
READY_TIMEOUT=${READY_TIMEOUT:-1200}
RATE=${RATE:-50}
OPEN_SECONDS=${OPEN_SECONDS:-60}
FLOORS=${FLOORS:-1}
LOAD=${LOAD:-1}
for tool in wrk nginx curl java jcmd python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install wrk nginx-light curl)" >&2; exit 1; }
done

work=$(mktemp -d)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    # graceful shutdown stops the embedded database too; give it a while, then insist
    for _ in $(seq 1 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$app_pid" 2>/dev/null || true
  fi
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  # an embedded database left behind by a killed JVM: stop it by its own pid file
  if [ -f "$work/data/postgres/postmaster.pid" ]; then
    kill "$(head -n 1 "$work/data/postgres/postmaster.pid")" 2>/dev/null || true
  fi
  if [ -n "${KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
now_ms() { date +%s%3N; }

echo "== building the jar"
./mvnw -q -B -DskipTests package
jar=$(ls target/springboard-*.jar | grep -v plain | head -n 1)

floor_lucene=""; floor_copy=""
if [ "$FLOORS" = 1 ]; then
  echo "== the import's floors on the same $N entries (bench/evidence-floors.sh)"
  JAR="$jar" N="$N" bench/evidence-floors.sh | tee "$work/floors.txt"
  floor_lucene=$(sed -n 's/^Lucene alone[^0-9]*\([0-9.]*\)$/\1/p' "$work/floors.txt")
  floor_copy=$(sed -n 's/^PostgreSQL COPY of the same rows (s) *\([0-9.]*\)$/\1/p' "$work/floors.txt")
fi

echo "== generating $N entries"
started=$(now_ms)
python3 bench/generate-evidence.py "$N" >"$work/evidence.tsv"
echo "$(du -m "$work/evidence.tsv" | cut -f1) MB in $(( $(now_ms) - started )) ms"

echo "== starting with -Xmx$HEAP on a new data directory, importing the file at start"
jfr_args=()
if [ -n "${JFR:-}" ]; then
  jfr_args=(-XX:StartFlightRecording=filename="$work/evidence.jfr",settings=default,dumponexit=true)
fi
launched=$(now_ms)
SPRINGBOARD_DATA_DIR="$work/data" PORT=$APP_PORT SPRINGBOARD_EVIDENCE_IMPORT_FILE="$work/evidence.tsv" \
  SPRINGBOARD_API_REQUESTS_PER_MINUTE=100000000 SPRINGBOARD_API_BURST=100000000 \
  java -Xmx"$HEAP" -Xlog:gc:file="$work/gc.log" "${jfr_args[@]}" -jar "$jar" >"$work/app.log" 2>&1 &
app_pid=$!
ready=""
for _ in $(seq 1 $(( READY_TIMEOUT * 4 ))); do
  # readiness turns UP only once the start-up work, the import included, is done
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/actuator/health/readiness" || true)" = "200" ]; then
    ready=$(( $(now_ms) - launched )); break
  fi
  kill -0 "$app_pid" 2>/dev/null || { echo "the application died; see its log:" >&2; tail -50 "$work/app.log" >&2; exit 1; }
  sleep 0.25
done
[ -n "$ready" ] || { echo "not ready within $READY_TIMEOUT s" >&2; tail -20 "$work/app.log" >&2; exit 1; }
import_line=$(grep -m1 "imported and indexed in" "$work/app.log" || true)
echo "$import_line" | sed 's/.*INFO [0-9]* --- \[[^]]*\] //'
import_ms=$(echo "$import_line" | sed -n 's/.*imported and indexed in \([0-9]*\) ms.*/\1/p')
write_ms=$(echo "$import_line" | sed -n 's/.*rows written in \([0-9]*\) ms.*/\1/p')
catchup_ms=$(echo "$import_line" | sed -n 's/.*index caught up \([0-9]*\) ms later.*/\1/p')
searchable=$(curl -s "http://127.0.0.1:$APP_PORT/api/v1/evidence?size=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])')
echo "published entries the search finds: $searchable"
if [ "$LOAD" = 0 ]; then
  if [ -n "$floor_lucene" ] && [ -n "$floor_copy" ]; then
    awk -v i="${import_ms:-0}" -v l="$floor_lucene" -v c="$floor_copy" 'BEGIN {
      printf "import %.1f s; floors measured first in this run: Lucene %.1f s + COPY %.1f s = %.1f s; ratio %.2f (target 1.5)\n",
        i / 1000, l, c, l + c, i / 1000 / (l + c) }'
  fi
  exit 0
fi
jcmd "$app_pid" GC.run >/dev/null
live_after_import=$(jcmd "$app_pid" GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -n 1)

echo "== collecting entry addresses and search queries"
base="http://127.0.0.1:$APP_PORT"
for q in music theatre wellbeing desistance prison probation dance writing; do
  curl -s "$base/api/v1/evidence?q=$q&size=100"
  echo
done | python3 -c '
import json, sys
slugs = []
for line in sys.stdin:
    if line.strip():
        slugs += [item["slug"] for item in json.loads(line)["items"]]
for slug in dict.fromkeys(slugs):
    print("/evidence/" + slug)
' >"$work/entries.txt"
echo "$(wc -l <"$work/entries.txt") entry pages"
# text queries and facet choices a visitor would make, rotated so no one query is all that is measured
cp bench/evidence-searches.txt "$work/queries.txt"
sed 's|^|/evidence|' "$work/queries.txt" >"$work/search.txt"
sed 's|^|/api/v1/evidence|' "$work/queries.txt" >"$work/api.txt"
# searches nobody has made before: words and choices combined at random, each address once, so no cache can answer
python3 bench/new-searches.py "$work/new-queries.txt"
sed 's|^|/api/v1/evidence|' "$work/new-queries.txt" >"$work/api-new.txt"
# entry pages as on a first visit: an extra parameter keeps each address out of the page cache
awk '{ for (n = 0; n < 100; n++) print $0 "?visit=" NR "-" n }' "$work/entries.txt" | python3 -c '
import random, sys
lines = sys.stdin.read().splitlines(); random.Random(3).shuffle(lines); print("\n".join(lines))' >"$work/entries-new.txt"
. bench/lib.sh

echo "== load: ${DURATION}s each at $CONNECTIONS connections, $THREADS threads, after ${WARMUP}s of warm-up (${WARMUP_NEW}s for new addresses)"
uptime
load search "$base" "$work/search.txt"
load api "$base" "$work/api.txt"
load api-new "$base" "$work/api-new.txt" "$WARMUP_NEW"
echo "== new searches open-loop: $RATE a second for ${OPEN_SECONDS}s each, after 15s at the same rate"
read -r open_page_n open_page_err open_page_p50 open_page_p90 open_page_p99 open_page_max _ \
  <<<"$(java bench/OpenLoop.java "$base" "$work/new-queries.txt.page" "$RATE" "$OPEN_SECONDS" 15)"
drain "$base"
read -r open_api_n open_api_err open_api_p50 open_api_p90 open_api_p99 open_api_max _ \
  <<<"$(java bench/OpenLoop.java "$base" "$work/new-queries.txt.api" "$RATE" "$OPEN_SECONDS" 15)"
drain "$base"
load entry "$base" "$work/entries.txt"
load entry-new "$base" "$work/entries-new.txt" "$WARMUP_NEW"
rss_kb=$(sed -n 's/VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$app_pid/status")
jcmd "$app_pid" GC.heap_info >"$work/heap.txt"
heap_peak=$(awk '/Pause/ && match($0, /[0-9]+M->[0-9]+M\([0-9]+M\)/) { split(substr($0, RSTART, RLENGTH), a, /M->|M\(|M\)/);
  if (a[1] > before) before = a[1]; if (a[2] > after) after = a[2]; if (a[3] > committed) committed = a[3] }
  END { printf "%d %d %d", before, after, committed }' "$work/gc.log")
first_entry=$(head -n 1 "$work/entries.txt")
mkdir -p "$work/www"
# nginx's workers run as an unprivileged user: they need to reach the page
chmod a+rx "$work" "$work/www"
curl -s "$base$first_entry" -o "$work/www/entry.html"
chmod a+r "$work/www/entry.html"
if [ -n "${JFR:-}" ]; then
  jcmd "$app_pid" JFR.dump filename="$work/evidence.jfr" >/dev/null && cp "$work/evidence.jfr" target/evidence.jfr
fi
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

start_nginx
load nginx "http://127.0.0.1:$NGINX_PORT/entry.html"

read -r heap_before heap_after heap_committed <<<"$heap_peak"
echo
echo "Evidence Library benchmark: $N entries, $(nproc) cores, $(java -version 2>&1 | head -n 1), -Xmx$HEAP"
echo "(the entry page saved for nginx: $(du -k "$work/www/entry.html" | cut -f1) KB)"
printf '%-44s %10s   %s\n' "import + index at start (s)" "$(awk -v m="${import_ms:-0}" 'BEGIN { printf "%.1f", m / 1000 }')" \
  "rows written in ${write_ms:-?} ms, index caught up ${catchup_ms:-?} ms later; target <= 120"
printf '%-44s %10s\n' "published entries found by search" "$searchable"
printf '%-44s %10s\n' "launch to ready, import included (s)" "$(awk -v m="$ready" 'BEGIN { printf "%.1f", m / 1000 }')"
printf '%-44s %10s %9s %9s %9s %9s\n' "" "req/s" "p50 ms" "p99 ms" "non-2xx" "/ nginx"
nginx_rps=$(awk '$1 == "nginx" { print $2 }' "$work/results")
while read -r name rps p50 p99 bad; do
  label=$(case $name in
    search) echo "search with facets, HTML page (16 in turn)" ;;
    api) echo "search with facets, JSON API (16 in turn)" ;;
    api-new) echo "search, JSON API, every query new" ;;
    entry) echo "entry page ($(wc -l <"$work/entries.txt") in turn)" ;;
    entry-new) echo "entry page, every visit a first one" ;;
    nginx) echo "nginx, the saved entry page as a file" ;;
  esac)
  printf '%-44s %10s %9s %9s %9s %8.2f%%\n' "$label" "$rps" "$p50" "$p99" "$bad" "$(awk -v a="$rps" -v n="$nginx_rps" 'BEGIN { print 100 * a / n }')"
done <"$work/results"
echo "targets: search p99 <= 50 ms and >= 500 req/s; entry page >= 2,000 req/s"
echo
printf '%-44s %10s %9s %9s %9s %9s %9s\n' "new searches, open-loop at $RATE a second" "answered" "errors" "p50 ms" "p90 ms" "p99 ms" "max ms"
printf '%-44s %10s %9s %9s %9s %9s %9s\n' "search page (HTML)" "$open_page_n" "$open_page_err" "$open_page_p50" "$open_page_p90" "$open_page_p99" "$open_page_max"
printf '%-44s %10s %9s %9s %9s %9s %9s\n' "JSON API" "$open_api_n" "$open_api_err" "$open_api_p50" "$open_api_p90" "$open_api_p99" "$open_api_max"
echo "target: p99 <= 250 ms (ratio page $(awk -v p="$open_page_p99" 'BEGIN { printf "%.2f", p / 250 }'), API $(awk -v p="$open_api_p99" 'BEGIN { printf "%.2f", p / 250 }'))"
if [ -n "$floor_lucene" ] && [ -n "$floor_copy" ]; then
  echo
  awk -v i="${import_ms:-0}" -v l="$floor_lucene" -v c="$floor_copy" 'BEGIN {
    printf "import %.1f s; floors measured first in this run: Lucene %.1f s + COPY %.1f s = %.1f s; ratio %.2f (target 1.5)\n",
      i / 1000, l, c, l + c, i / 1000 / (l + c) }'
fi
printf '%-44s %10s\n' "heap limit (MB)" "${HEAP}"
printf '%-44s %10s\n' "heap in use before a collection, peak (MB)" "$heap_before"
printf '%-44s %10s\n' "heap after a young collection, peak (MB)" "$heap_after"
printf '%-44s %10s\n' "heap live after the import, full GC (MB)" "$(( ${live_after_import:-0} / 1024 ))"
printf '%-44s %10s\n' "JVM peak resident memory (MB)" "$(( ${rss_kb:-0} / 1024 ))"
if [ -n "${JFR:-}" ]; then echo "flight recording: target/evidence.jfr"; fi
