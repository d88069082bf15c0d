#!/usr/bin/env bash
# Evidence search at N entries on the two index backends, in one run: the Lucene index inside the application (one
# node, the default) against an OpenSearch node beside it (several nodes share one; here it runs on the same two
# cores). The same generated entries are imported at start into a new embedded database each time; then the same
# searches run against each. Prints figures and the ratio of OpenSearch to Lucene; asserts nothing.
#
#   bench/search-backends.sh                     # 100,000 entries; needs a JDK, python3, wrk, curl
#   N=2000 DURATION=5 OPEN_SECONDS=10 bench/search-backends.sh   # a quick check that everything works
#
# For each backend: the import (rows written, then until every entry is found: with OpenSearch the index is fed from
# the outbox table after the rows are written), the JSON API with facets from 16 searches in turn, the JSON API with
# every search new (closed-loop, CONNECTIONS at once), and new searches open-loop at RATE a second on the search page
# and the API (bench/OpenLoop.java: each timed from when it was due). Traffic goes to 127.0.0.1 only, every load run is
# bounded in time, and everything started here is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-100000}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-5}
WARMUP_NEW=${WARMUP_NEW:-15}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
HEAP=${HEAP:-512m}
SEARCH_HEAP=${SEARCH_HEAP:-1g}
APP_PORT=${APP_PORT:-18390}
SEARCH_PORT=${SEARCH_PORT:-18392}
RATE=${RATE:-50}
OPEN_SECONDS=${OPEN_SECONDS:-60}
INDEX_TIMEOUT=${INDEX_TIMEOUT:-7200}
READY_TIMEOUT=${READY_TIMEOUT:-1800}
for tool in wrk curl java python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install wrk curl)" >&2; exit 1; }
done

work=$(mktemp -d)
. bench/lib.sh
app_pid=""
search_pid=""
cleanup() {
  stop_app
  if [ -n "$search_pid" ]; then kill "$search_pid" 2>/dev/null || true; wait "$search_pid" 2>/dev/null || true; fi
  for f in "$work"/data-*/postgres/postmaster.pid; do [ -f "$f" ] && kill "$(head -n 1 "$f")" 2>/dev/null || true; done
  if [ -n "${KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

echo "== building the jar and the test classes (the OpenSearch node is the tests' own, run on its own)"
./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt" >/dev/null
jar=$(ls target/springboard-*.jar | grep -v plain | head -n 1)

echo "== generating $N entries"
python3 bench/generate-evidence.py "$N" >"$work/evidence.tsv"
echo "$(du -m "$work/evidence.tsv" | cut -f1) MB"

# the same searches for both backends: 16 in turn, and new ones made up at random (seeded) so that no cache can answer them
cp bench/evidence-searches.txt "$work/queries.txt"
sed 's|^|/api/v1/evidence|' "$work/queries.txt" >"$work/api.txt"
python3 bench/new-searches.py "$work/new"
sed 's|^|/api/v1/evidence|' "$work/new" >"$work/new.api-all"

base="http://127.0.0.1:$APP_PORT"
found() {
  curl -s "$base/api/v1/evidence?size=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])' 2>/dev/null || echo 0
}

# run NAME [SEARCH_URL]: the import at start and the searches, on Lucene or on the OpenSearch node at SEARCH_URL
run() {
  local name=$1 url=${2:-}
  echo "== $name: starting with -Xmx$HEAP on a new data directory, importing the file at start"
  local launched; launched=$(now_ms)
  SPRINGBOARD_DATA_DIR="$work/data-$name" PORT=$APP_PORT SPRINGBOARD_EVIDENCE_IMPORT_FILE="$work/evidence.tsv" \
    SPRINGBOARD_SEARCH_URL="$url" SPRINGBOARD_API_REQUESTS_PER_MINUTE=100000000 SPRINGBOARD_API_BURST=100000000 \
    java -Xmx"$HEAP" -jar "$jar" --server.address=127.0.0.1 >"$work/app-$name.log" 2>&1 &
  app_pid=$!
  wait_ready "$name" "$launched"
  local written=$ready
  # with an outbox, readiness comes once the rows are written; the index catches up after
  local total=0
  for _ in $(seq 1 $(( INDEX_TIMEOUT * 2 ))); do
    total=$(found)
    [ "$total" -ge "${expected:-$total}" ] && [ "$total" -gt 0 ] && break
    sleep 0.5
  done
  local searchable=$(( $(now_ms) - launched ))
  expected=${expected:-$total}
  echo "   rows written (ready) after $((written / 1000)) s; all $total entries found after $((searchable / 1000)) s"
  echo "$name-import $written $searchable $total" >>"$work/imports"
  [ -n "$url" ] && echo "   OpenSearch's index: $(curl -s "$url/_cat/indices?h=index,docs.count,store.size" | tr '\n' ' ')"
  load "$name-api" "$base" "$work/api.txt"
  load "$name-api-new" "$base" "$work/new.api-all" "$WARMUP_NEW"
  echo "$name-open-page $(java bench/OpenLoop.java "$base" "$work/new.page" "$RATE" "$OPEN_SECONDS" 15)" >>"$work/open"
  drain "$base"
  echo "$name-open-api $(java bench/OpenLoop.java "$base" "$work/new.api" "$RATE" "$OPEN_SECONDS" 15)" >>"$work/open"
  drain "$base"
  stop_app
  rm -rf "$work/data-$name"
}

expected=""
run lucene

echo "== starting an OpenSearch 2.19 node with -Xmx$SEARCH_HEAP on 127.0.0.1:$SEARCH_PORT"
java -Xms"$SEARCH_HEAP" -Xmx"$SEARCH_HEAP" -da:org.opensearch... \
  -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.core.impl.Log4jContextFactory \
  -cp "target/test-classes:$(cat "$work/classpath.txt")" uk.org.ncjaa.springboard.support.TestOpenSearch "$SEARCH_PORT" \
  >"$work/opensearch.log" 2>&1 &
search_pid=$!
for _ in $(seq 1 240); do
  grep -q "OpenSearch ready" "$work/opensearch.log" && break
  kill -0 "$search_pid" 2>/dev/null || { echo "OpenSearch died; see its log:" >&2; tail -30 "$work/opensearch.log" >&2; exit 1; }
  sleep 0.5
done
grep -q "OpenSearch ready" "$work/opensearch.log" || { echo "OpenSearch did not start" >&2; exit 1; }
run opensearch "http://127.0.0.1:$SEARCH_PORT"

echo
echo "Evidence search on Lucene and on OpenSearch: $N entries, $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo "application -Xmx$HEAP; OpenSearch 2.19 -Xmx$SEARCH_HEAP on the same machine; $DURATION s runs at $CONNECTIONS connections"
# ratio A B: A / B, or "-" where B is nothing (a run that answered nothing)
ratio='function ratio(a, b) { return b > 0 ? sprintf("%.2f", a / b) : "-" }'
awk "$ratio"'{ w[$1] = $2; s[$1] = $3; t[$1] = $4 }
  END {
    printf "%-46s %12s %12s %10s\n", "", "Lucene", "OpenSearch", "OS / Lucene"
    printf "%-46s %12.1f %12.1f %10s\n", "import: rows written, ready (s)", w["lucene-import"] / 1000, w["opensearch-import"] / 1000,
      ratio(w["opensearch-import"], w["lucene-import"])
    printf "%-46s %12.1f %12.1f %10s\n", "import: every entry found by search (s)", s["lucene-import"] / 1000, s["opensearch-import"] / 1000,
      ratio(s["opensearch-import"], s["lucene-import"])
    printf "%-46s %12d %12d\n", "entries found", t["lucene-import"], t["opensearch-import"]
  }' "$work/imports"
awk "$ratio"'{ r[$1] = $2; p50[$1] = $3; p99[$1] = $4; bad[$1] = $5 }
  END {
    split("api api-new", names, " ")
    label["api"] = "JSON API, 16 searches in turn"; label["api-new"] = "JSON API, every search new"
    for (i = 1; i <= 2; i++) {
      n = names[i]; l = "lucene-" n; o = "opensearch-" n
      printf "%-46s %12.0f %12.0f %10s\n", label[n] " (req/s)", r[l], r[o], ratio(r[o], r[l])
      printf "%-46s %12.1f %12.1f %10s\n", "  p50 (ms)", p50[l], p50[o], ratio(p50[o], p50[l])
      printf "%-46s %12.1f %12.1f %10s\n", "  p99 (ms)", p99[l], p99[o], ratio(p99[o], p99[l])
      if (bad[l] + bad[o] > 0) printf "%-46s %12d %12d\n", "  non-2xx", bad[l], bad[o]
    }
  }' "$work/results"
awk -v rate="$RATE" "$ratio"'{ n[$1] = $2; e[$1] = $3; p50[$1] = $4; p90[$1] = $5; p99[$1] = $6 }
  END {
    split("open-page open-api", names, " ")
    label["open-page"] = "search page"; label["open-api"] = "JSON API"
    for (i = 1; i <= 2; i++) {
      x = names[i]; l = "lucene-" x; o = "opensearch-" x
      printf "%-46s %12s %12s\n", "new searches open-loop at " rate "/s, " label[x], "", ""
      printf "%-46s %12s %12s\n", "  answered / failed or timed out", n[l] " / " e[l], n[o] " / " e[o]
      printf "%-46s %12.1f %12.1f %10s\n", "  p50 (ms)", p50[l], p50[o], ratio(p50[o], p50[l])
      printf "%-46s %12.1f %12.1f %10s\n", "  p90 (ms)", p90[l], p90[o], ratio(p90[o], p90[l])
      printf "%-46s %12.1f %12.1f %10s   (target 250 ms)\n", "  p99 (ms)", p99[l], p99[o], ratio(p99[o], p99[l])
    }
  }' "$work/open"
