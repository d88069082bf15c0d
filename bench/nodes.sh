#!/usr/bin/env bash
# One node against two behind nginx, on the PostgreSQL server of this machine, in one run: the demo's home page, a search,
# an API search (a rate-limit bucket taken per request) and a logged-in page (a session read per request), through nginx
# sending to one node or to two in turn. Also one node as it runs alone (springboard.several-nodes off: sessions, buckets
# in memory), to show what sharing them through PostgreSQL costs, and nginx serving the home page as a file. Prints
# figures and ratios; asserts nothing.
#
#   bench/nodes.sh            # needs: a JDK, wrk, nginx, curl, psql, python3, and PostgreSQL on 127.0.0.1:5432
#   DURATION=20 bench/nodes.sh
#
# Traffic goes to 127.0.0.1 only, every load run is bounded in time, and everything started here is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10}
WARMUP=${WARMUP:-3}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PROXY_PORT=${PROXY_PORT:-18280}
NGINX_PORT=${NGINX_PORT:-18281}
PORT_A=${PORT_A:-18282}
PORT_B=${PORT_B:-18283}
DB=${DB:-springboard_bench_nodes}
for tool in wrk nginx curl psql java python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install wrk nginx-light curl postgresql-client)" >&2; exit 1; }
done

work=$(mktemp -d)
. bench/lib.sh
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  for f in "$work"/*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

echo "== building the jar"
./mvnw -q -B -DskipTests package
jar=$(ls target/springboard-*.jar | grep -v plain | head -n 1)
psql -h 127.0.0.1 -U postgres -d postgres -q -v ON_ERROR_STOP=1 -c "drop database if exists $DB with (force)" -c "create database $DB"

admin=bench-admin@example.org
password=bench-nodes-password
# start_node NAME PORT SEVERAL DEMO: a node on the bench database, its data directory and log its own
start_node() {
  SPRINGBOARD_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRINGBOARD_DB_USERNAME=postgres SPRINGBOARD_DB_PASSWORD= \
  SPRINGBOARD_DATA_DIR="$work/data-$1" SPRINGBOARD_SEVERAL_NODES=$3 SPRINGBOARD_ADMIN_EMAIL=$admin SPRINGBOARD_ADMIN_PASSWORD=$password \
  SPRINGBOARD_DB_POOL_SIZE=20 SPRINGBOARD_API_REQUESTS_PER_MINUTE=100000000 SPRINGBOARD_API_BURST=1000000 PORT=$2 java -Xmx768m -jar "$jar" --server.address=127.0.0.1 --springboard.demo.enabled=$4 \
    >"$work/app-$1.log" 2>&1 &
  app_pid=$!
  pids+=("$app_pid")
  APP_PORT=$2
  wait_ready "$1" "$(now_ms)"
  echo "   node $1 ready in $ready ms"
}
stop_nodes() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}
# proxy PORT...: nginx on $PROXY_PORT sending to these ports in turn (stopped through $work/proxy.pid)
proxy() {
  [ -f "$work/proxy.pid" ] && kill "$(cat "$work/proxy.pid")" 2>/dev/null && sleep 0.5
  { echo "worker_processes 1; pid $work/proxy.pid; error_log $work/proxy-error.log;"
    echo "events { worker_connections 1024; }"
    echo "http { access_log off; upstream nodes {"
    for p in "$@"; do echo "  server 127.0.0.1:$p;"; done
    echo "  keepalive 64; }"
    echo "  server { listen 127.0.0.1:$PROXY_PORT; location / { proxy_pass http://nodes; proxy_http_version 1.1;"
    echo "    proxy_set_header Connection \"\"; proxy_set_header Host \$http_host; } } }"; } >"$work/proxy.conf"
  nginx -c "$work/proxy.conf"
  sleep 0.5
}

base="http://127.0.0.1:$PROXY_PORT"
# run LABEL: the four pages through the proxy; the session is made through the proxy too
run() {
  local label=$1 jar_file="$work/cookies-$1"
  psql -h 127.0.0.1 -U postgres -d "$DB" -q -c "update account set totp_secret = 'JBSWY3DPEHPK3PXP', totp_enabled_at = now(), totp_last_step = null
    where email = '$admin'"
  sign_in "$admin" "$password" JBSWY3DPEHPK3PXP "$jar_file"
  local cookie; cookie=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar_file" | tail -n 1)
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$cookie" "$base/account")" = "200" ] || { echo "not logged in" >&2; exit 1; }
  load "$label-home" "$base/"
  load "$label-search" "$base/evidence?q=music"
  load "$label-api" "$base/api/v1/evidence?q=theatre"
  load "$label-account" "$base/account" "" "$WARMUP" "$CONNECTIONS" "Cookie: JSESSIONID=$cookie"
}

echo "== one node alone (sessions and rate limits in its memory), behind nginx"
start_node a "$PORT_A" false true
proxy "$PORT_A"
run alone
stop_nodes

echo "== one node with sessions and rate limits in PostgreSQL, behind nginx"
start_node a "$PORT_A" true false
proxy "$PORT_A"
run one
echo "== two such nodes behind nginx in turn"
start_node b "$PORT_B" true false
proxy "$PORT_A" "$PORT_B"
run two
stop_nodes

echo "== nginx serving the home page as a file"
mkdir -p "$work/www"
start_node a "$PORT_A" false false
curl -s "http://127.0.0.1:$PORT_A/" >"$work/www/index.html"
stop_nodes
start_nginx
load nginx-home "http://127.0.0.1:$NGINX_PORT/index.html"
kill "$(cat "$work/nginx.pid")"

echo
echo "== results ($DURATION s each, $CONNECTIONS connections, 2 wrk threads; requests/s, p50 and p99 in ms, non-2xx)"
column -t "$work/results"
awk '{ r[$1] = $2 }
  END {
    split("home search api account", pages, " ")
    printf "\n%-8s %12s %12s %12s %14s %14s\n", "page", "alone", "one shared", "two shared", "two / one", "shared / alone"
    for (i = 1; i <= 4; i++) {
      p = pages[i]
      printf "%-8s %12.0f %12.0f %12.0f %14.2f %14.2f\n", p, r["alone-" p], r["one-" p], r["two-" p],
        r["two-" p] / r["one-" p], r["one-" p] / r["alone-" p]
    }
    printf "\nhome page: one node alone is %.2f of nginx serving it as a file\n", r["alone-home"] / r["nginx-home"]
  }' "$work/results"
