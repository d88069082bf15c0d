#!/usr/bin/env bash
# Start-up time and home-page throughput of Springboard, beside nginx serving the same page as a
# static file, measured in the same run on this machine. Prints figures and ratios; asserts nothing.
#
#   bench/home-page.sh            # needs: a JDK, wrk, nginx, curl (apt-get install wrk nginx-light curl)
#   DURATION=30 bench/home-page.sh
#
# Traffic goes to 127.0.0.1 only, every load run is bounded in time, and everything started here
# is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-50}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
STARTS=${STARTS:-3}
for tool in wrk nginx curl java; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install wrk nginx-light curl)" >&2; exit 1; }
done

work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== building the jar"
./mvnw -q -B -DskipTests package
jar=$(ls target/springboard-*.jar | grep -v plain | head -n 1)

echo "== preparing class-data sharing (a training run that stops once the context is refreshed)"
rm -rf target/cds && java -Djarmode=tools -jar "$jar" extract --destination target/cds >/dev/null
cds_jar=target/cds/$(basename "$jar")
SPRINGBOARD_DATA_DIR="$work/training" java -XX:ArchiveClassesAtExit=target/cds/springboard.jsa \
  -Dspring.context.exit=onRefresh -jar "$cds_jar" >"$work/training.log" 2>&1 || true
[ -f target/cds/springboard.jsa ] || { echo "the class-data sharing archive was not written" >&2; tail -30 "$work/training.log" >&2; exit 1; }

now_ms() { date +%s%3N; }

# start_app DATA_DIR JAVA_ARGS... ; sets app_pid and writes the milliseconds from launch to the first 200 on / to $work/ms
start_app() {
  local data=$1; shift
  local launched; launched=$(now_ms)
  SPRINGBOARD_DATA_DIR="$data" PORT=$APP_PORT java "$@" >>"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/" || true)" = "200" ]; then
      echo $(( $(now_ms) - launched )) >"$work/ms"; return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || { echo "the application died; see its log:" >&2; tail -50 "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "no 200 within 60 s" >&2; exit 1
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

data="$work/data"
echo "== first start on an empty data directory (creates the embedded database and demo content)"
start_app "$data" -jar "$jar"; first=$(cat "$work/ms"); stop_app
echo "first start to first 200: ${first} ms"

echo "== $STARTS starts on the existing data directory"
plain=(); cds=()
for _ in $(seq 1 "$STARTS"); do
  start_app "$data" -jar "$jar"; plain+=("$(cat "$work/ms")"); stop_app
  start_app "$data" -XX:SharedArchiveFile=target/cds/springboard.jsa -Xlog:cds=off -jar "$cds_jar"
  cds+=("$(cat "$work/ms")"); stop_app
done
plain_median=$(printf '%s\n' "${plain[@]}" | median)
cds_median=$(printf '%s\n' "${cds[@]}" | median)

echo "== throughput of the anonymous home page"
start_app "$data" -XX:SharedArchiveFile=target/cds/springboard.jsa -Xlog:cds=off -jar "$cds_jar"
curl -s "http://127.0.0.1:$APP_PORT/" -o "$work/index.html"
wrk -t2 -c"$CONNECTIONS" -d2s "http://127.0.0.1:$APP_PORT/" >/dev/null   # warm-up
app_rps=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "http://127.0.0.1:$APP_PORT/" | awk '/Requests\/sec/ {print $2}')
stop_app

mkdir -p "$work/www" && cp "$work/index.html" "$work/www/index.html"
cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:$NGINX_PORT; root $work/www; location / { default_type text/html; } }
}
CONF
nginx -c "$work/nginx.conf"
sleep 0.5
wrk -t2 -c"$CONNECTIONS" -d2s "http://127.0.0.1:$NGINX_PORT/" >/dev/null
nginx_rps=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "http://127.0.0.1:$NGINX_PORT/" | awk '/Requests\/sec/ {print $2}')

echo
echo "Springboard home-page benchmark ($(nproc) cores, $(java -version 2>&1 | head -n 1))"
printf '%-52s %10s\n' "start to first 200, new data directory (ms)" "$first"
printf '%-52s %10s   (runs: %s)\n' "start to first 200, plain jar, median (ms)" "$plain_median" "${plain[*]}"
printf '%-52s %10s   (runs: %s)\n' "start to first 200, class-data sharing, median (ms)" "$cds_median" "${cds[*]}"
printf '%-52s %10s\n' "home page, Springboard (requests/s)" "$app_rps"
printf '%-52s %10s\n' "same page, nginx static file (requests/s)" "$nginx_rps"
awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN { printf "%-52s %9.1f%%\n", "Springboard / nginx", 100 * a / n }'
awk -v s="$cds_median" 'BEGIN { printf "%-52s %10.2f\n", "start-up vs the 5 s target (lower is better)", s / 5000 }'
