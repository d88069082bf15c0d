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
# for start_nginx: this script's own now_ms and stop_app, defined below, take the place of lib.sh's
. bench/lib.sh
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== building the jar with ahead-of-time processing (-Paot)"
./mvnw -q -B -DskipTests -Paot package
jar=$(ls target/springboard-*.jar | grep -v plain | head -n 1)
rm -rf target/cds && java -Djarmode=tools -jar "$jar" extract --destination target/cds >/dev/null
cds_jar=target/cds/$(basename "$jar")
JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-$(ls -d /usr/lib/jvm/temurin-25*/bin/java /usr/lib/jvm/java-25*/bin/java 2>/dev/null | head -n 1 || true)}

now_ms() { date +%s%3N; }

# start_app DATA_DIR JAVA_ARGS... ; sets app_pid and writes the milliseconds from launch to the first 200 on / to $work/ms
start_app() {
  local data=$1; shift
  local launched; launched=$(now_ms)
  SPRINGBOARD_DATA_DIR="$data" PORT=$APP_PORT ${RUN_JAVA:-java} "$@" >>"$work/app.log" 2>&1 &
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

# train DATA_DIR JAVA_ARGS... : start, load the pages a visitor opens first, stop; the JVM writes its archive on exit
train() {
  start_app "$@"
  curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/login"
  curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/register"
  stop_app
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

data="$work/data"
echo "== first start on an empty data directory (creates the embedded database and demo content)"
start_app "$data" -jar "$jar"; first=$(cat "$work/ms"); stop_app
echo "first start to first 200: ${first} ms"

echo "== training runs for class-data sharing (JDK 17) and the AOT cache (JDK 25)"
RUN_JAVA=$JAVA17 train "$work/train17" -XX:ArchiveClassesAtExit=target/cds/springboard.jsa -Dspring.aot.enabled=true -jar "$cds_jar"
if [ -n "$JAVA25" ]; then
  RUN_JAVA=$JAVA25 train "$work/train25" -XX:AOTCacheOutput=target/cds/springboard.aot -Dspring.aot.enabled=true -jar "$cds_jar"
fi

echo "== $STARTS starts of each kind on the existing data directory"
plain=(); cds=(); aot=()
for _ in $(seq 1 "$STARTS"); do
  RUN_JAVA=$JAVA17 start_app "$data" -jar "$jar"; plain+=("$(cat "$work/ms")"); stop_app
  RUN_JAVA=$JAVA17 start_app "$data" -XX:SharedArchiveFile=target/cds/springboard.jsa -Xlog:cds=off -Dspring.aot.enabled=true -jar "$cds_jar"
  cds+=("$(cat "$work/ms")"); stop_app
  if [ -n "$JAVA25" ]; then
    RUN_JAVA=$JAVA25 start_app "$data" -XX:AOTCache=target/cds/springboard.aot -Xlog:aot=off -Xlog:cds=off -Dspring.aot.enabled=true -jar "$cds_jar"
    aot+=("$(cat "$work/ms")"); stop_app
  fi
done
plain_median=$(printf '%s\n' "${plain[@]}" | median)
cds_median=$(printf '%s\n' "${cds[@]}" | median)
aot_median=$( [ ${#aot[@]} -gt 0 ] && printf '%s\n' "${aot[@]}" | median || echo "n/a")

echo "== throughput of the anonymous home page"
RUN_JAVA=$JAVA17 start_app "$data" -XX:SharedArchiveFile=target/cds/springboard.jsa -Xlog:cds=off -Dspring.aot.enabled=true -jar "$cds_jar"
curl -s "http://127.0.0.1:$APP_PORT/" -o "$work/index.html"
wrk -t2 -c"$CONNECTIONS" -d2s "http://127.0.0.1:$APP_PORT/" >/dev/null   # warm-up
app_rps=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "http://127.0.0.1:$APP_PORT/" | awk '/Requests\/sec/ {print $2}')
stop_app

mkdir -p "$work/www" && cp "$work/index.html" "$work/www/index.html"
start_nginx
wrk -t2 -c"$CONNECTIONS" -d2s "http://127.0.0.1:$NGINX_PORT/" >/dev/null
nginx_rps=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "http://127.0.0.1:$NGINX_PORT/" | awk '/Requests\/sec/ {print $2}')

echo
echo "Springboard home-page benchmark ($(nproc) cores, $(java -version 2>&1 | head -n 1))"
printf '%-52s %10s\n' "start to first 200, new data directory (ms)" "$first"
printf '%-52s %10s   (runs: %s)\n' "start to first 200, plain jar, median (ms)" "$plain_median" "${plain[*]}"
printf '%-52s %10s   (runs: %s)\n' "start to first 200, JDK 17 + AOT + CDS, median (ms)" "$cds_median" "${cds[*]}"
printf '%-52s %10s   (runs: %s)\n' "start to first 200, JDK 25 + AOT + AOT cache (ms)" "$aot_median" "${aot[*]:-}"
printf '%-52s %10s\n' "home page, Springboard (requests/s)" "$app_rps"
printf '%-52s %10s\n' "same page, nginx static file (requests/s)" "$nginx_rps"
awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN { printf "%-52s %9.1f%%\n", "Springboard / nginx", 100 * a / n }'
best=$cds_median
if [ "$aot_median" != "n/a" ] && [ "$aot_median" -lt "$cds_median" ]; then best=$aot_median; fi
awk -v s="$best" 'BEGIN { printf "%-52s %10.2f\n", "best start-up / 5 s target (at most 1 is on target)", s / 5000 }' 
