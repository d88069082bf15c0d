# Shared by the benchmarks: load, drain and rotation with wrk, and starting and stopping the application. Source it once
# $work (a scratch folder), THREADS, CONNECTIONS and WARMUP are set (and APP_PORT before wait_ready).

# Each wrk thread walks an address list from its own starting point, which moves on with the clock,
# so that a run never repeats what its warm-up asked (that matters for the lists of new queries).
cat >"$work/rotate.lua" <<'LUA'
local paths = {}
local i = 0
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  i = ((id or 1) * math.floor(#paths / 2) + os.time() * 1000) % #paths
end
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA

# drain URL: requests wrk left in flight are still being served; wait (at most a minute) until a cheap one is quick again,
# so that one run's backlog is not measured in the next
drain() {
  for _ in $(seq 1 120); do
    t=$(curl -s -o /dev/null -m 5 -w '%{time_total}' "$1/actuator/health" 2>/dev/null || echo 5)
    awk -v t="$t" 'BEGIN { exit !(t < 0.05) }' && return 0
    sleep 0.5
  done
}

# load NAME URL [LIST [WARM-UP SECONDS [CONNECTIONS [HEADER]]]]: a warm-up, then the measured run; appends
# "name requests/s p50 p99 non-2xx" (milliseconds) to $work/results
load() {
  local name=$1 url=$2 list=${3:-} warmup=${4:-$WARMUP} connections=${5:-$CONNECTIONS} header=${6:-}
  local threads=$(( connections < THREADS ? connections : THREADS ))
  local args=(-t"$threads" -c"$connections" --timeout 10s --latency)
  [ -n "$list" ] && args+=(-s "$work/rotate.lua")
  [ -n "$header" ] && args+=(-H "$header")
  wrk "${args[@]}" -d"${warmup}s" "$url" ${list:+-- "$list"} >/dev/null
  drain "$url"
  wrk "${args[@]}" -d"${DURATION}s" "$url" ${list:+-- "$list"} >"$work/$name.wrk"
  drain "$url"
  awk -v name="$name" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    END { printf "%s %.0f %.1f %.1f %d\n", name, rps, p50, p99, bad }' "$work/$name.wrk" >>"$work/results"
}

now_ms() { date +%s%3N; }

# stop_app: stops the application started in the background as $app_pid, if it runs, and waits for it
stop_app() {
  if [ -n "${app_pid:-}" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$app_pid" 2>/dev/null || true
  fi
  app_pid=""
}

# wait_ready NAME LAUNCHED_MS: waits (at most READY_TIMEOUT seconds, ten minutes unless set) until the application on $APP_PORT is ready; sets ready (ms since
# launch); stops the benchmark with the end of $work/app-NAME.log if the application dies
wait_ready() {
  ready=""
  for _ in $(seq 1 $(( ${READY_TIMEOUT:-600} * 4 ))); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/actuator/health/readiness" || true)" = "200" ]; then
      ready=$(( $(now_ms) - $2 )); break
    fi
    kill -0 "$app_pid" 2>/dev/null || { echo "the application died; see its log:" >&2; tail -50 "$work/app-$1.log" >&2; exit 1; }
    sleep 0.25
  done
  [ -n "$ready" ] || { echo "not ready in time" >&2; exit 1; }
}

# start_nginx: serves the files in $work/www as HTML on 127.0.0.1:$NGINX_PORT (stopped by the caller through $work/nginx.pid);
# stops the benchmark if nginx cannot serve the first of them (as root, its workers read as an unprivileged user)
start_nginx() {
  chmod 755 "$work" "$work/www"
  chmod -R a+rX "$work/www"
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
  local first; first=$(cd "$work/www" && find . -type f | head -n 1 | sed 's|^\./||')
  local code; code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT/$first")
  [ "$code" = "200" ] || { echo "nginx answered $code for $first: its figures would mean nothing" >&2; exit 1; }
}

# sign_in EMAIL PASSWORD TOTP_SECRET COOKIE_JAR: logs in at $base with the password and the second factor, keeping the
# session in the cookie jar
sign_in() {
  local email=$1 password=$2 secret=$3 jar_file=$4 token code
  csrf() { curl -s -b "$jar_file" -c "$jar_file" "$base$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
  token=$(csrf /login)
  curl -s -o /dev/null -b "$jar_file" -c "$jar_file" --data-urlencode "email=$email" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$token" "$base/login"
  token=$(csrf /login/two-factor)
  code=$(python3 - "$secret" <<'PY'
import base64, hashlib, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1])
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = digest[-1] & 15
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7fffffff) % 1000000))
PY
)
  curl -s -o /dev/null -b "$jar_file" -c "$jar_file" --data-urlencode "code=$code" --data-urlencode "_csrf=$token" "$base/login/two-factor"
}
