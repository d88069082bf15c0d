#!/usr/bin/env bash
# Events under load, on the PostgreSQL server at 127.0.0.1:5432: PEOPLE people booking the last
# PLACES places of one event at the same moment, over HTTP as browsers do (session, form token,
# POST), then the public events listing under wrk. Prints figures; asserts nothing.
#
#   bench/events.sh                                  # 1,000 people, 100 places; needs a JDK, psql, wrk, curl, python3
#   PEOPLE=200 PLACES=20 DURATION=5 bench/events.sh  # a quick check that everything works
#   KEEP=1 bench/events.sh                           # keeps the work directory (logs, outcomes)
#
# Targets it reports against: exactly PLACES confirmed, p99 <= 500 ms, no errors; the events listing
# >= 2,000 requests/s at 32 connections.
set -euo pipefail
cd "$(dirname "$0")/.."

PEOPLE=${PEOPLE:-1000}
PLACES=${PLACES:-100}
EVENTS=${EVENTS:-60}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
HEAP=${HEAP:-512m}
APP_PORT=${APP_PORT:-18093}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=springboard_bench_events
for tool in wrk curl java python3 psql; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install wrk curl postgresql-client)" >&2; exit 1; }
done
pg_isready -q || { echo "no PostgreSQL server answers on $PGHOST:$PGPORT" >&2; exit 1; }

work=$(mktemp -d)
app_pid=""
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$app_pid" 2>/dev/null || true
  fi
  app_pid=""
}
cleanup() {
  stop_app
  dropdb --if-exists "$DB" 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
now_ms() { date +%s%3N; }

start_app() {
  local launched
  ready=""
  launched=$(now_ms)
  SPRINGBOARD_DATA_DIR="$work/data" PORT=$APP_PORT SPRINGBOARD_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    SPRINGBOARD_DB_USERNAME="$PGUSER" java -Xmx"$HEAP" -jar "$jar" >"$work/app-$1.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 2400); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/actuator/health/readiness" || true)" = "200" ]; then
      ready=$(( $(now_ms) - launched )); break
    fi
    kill -0 "$app_pid" 2>/dev/null || { echo "the application died; see its log:" >&2; tail -50 "$work/app-$1.log" >&2; exit 1; }
    sleep 0.25
  done
  [ -n "$ready" ] || { echo "not ready in time" >&2; exit 1; }
}

echo "== building the jar"
./mvnw -q -B -DskipTests package
jar=$(ls target/springboard-*.jar | grep -v plain | head -n 1)

echo "== a new database, its schema made by the application's own migrations"
dropdb --if-exists "$DB"
createdb "$DB"
start_app first
stop_app

echo "== $EVENTS upcoming events, and one with $PLACES places for the race"
psql -q -v ON_ERROR_STOP=1 -d "$DB" -v events="$EVENTS" -v places="$PLACES" <<'SQL'
insert into event (slug, title, kind, delivery, summary, description, starts_at, ends_at, venue_name, organiser, region, capacity,
                   status, created_at, updated_at)
select 'bench-event-' || g, 'Bench event ' || g, (array['CONFERENCE','TRAINING','WEBINAR','NETWORKING'])[1 + g % 4],
       (array['IN_PERSON','ONLINE','HYBRID'])[1 + g % 3], 'A benchmark event.', 'About the benchmark event.',
       now() + g * interval '1 day', now() + g * interval '1 day' + interval '3 hours', 'Bench Hall', 'NCJAA',
       (array['london','north-west','wales','scotland'])[1 + g % 4], 50, 'PUBLISHED', now(), now()
from generate_series(1, :events) g;
insert into event (slug, title, kind, delivery, summary, description, starts_at, ends_at, venue_name, organiser, capacity, status,
                   created_at, updated_at)
values ('bench-race', 'The race', 'TRAINING', 'IN_PERSON', 'Everyone wants a place.', 'The benchmark race.', now() + interval '30 days',
        now() + interval '30 days 3 hours', 'Bench Hall', 'NCJAA', :places, 'PUBLISHED', now(), now());
insert into ticket_type (event_id, kind, price_pence, allowance)
select id, 'FREE', 0, capacity from event;
insert into ticket_type (event_id, kind, price_pence, allowance)
select id, 'NON_MEMBER', 9500, capacity from event where slug <> 'bench-race' and id % 2 = 0;
SQL

echo "== starting"
start_app second
echo "ready after $ready ms"
base="http://127.0.0.1:$APP_PORT"

echo "== $PEOPLE people book at the same moment (each with their own session and form token)"
python3 - "$base" "$PEOPLE" "$work/outcomes.txt" <<'PY'
import http.client, re, sys, threading, time, urllib.parse
base, people, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
host, port = urllib.parse.urlparse(base).hostname, urllib.parse.urlparse(base).port
forms = []
for i in range(people):
    c = http.client.HTTPConnection(host, port, timeout=60)
    c.request("GET", "/events/bench-race/book?ticket=free")
    r = c.getresponse()
    body = r.read().decode()
    cookie = r.getheader("Set-Cookie").split(";")[0]
    token = re.search(r'name="_csrf" value="([^"]+)"', body).group(1)
    forms.append((cookie, token))
    c.close()
start = threading.Barrier(people)
results = [None] * people
def book(i):
    cookie, token = forms[i]
    body = urllib.parse.urlencode({"_csrf": token, "ticket": "free", "places": "1", "attendees[0].name": "Person %d" % i,
                                   "bookerName": "Person %d" % i, "bookerEmail": "person%d@bench.example.org" % i, "waitlist": "true"})
    c = http.client.HTTPConnection(host, port, timeout=120)
    c.connect()
    start.wait()
    t0 = time.perf_counter()
    try:
        c.request("POST", "/events/bench-race/book", body, {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
        r = c.getresponse()
        page = r.read().decode()
        ms = (time.perf_counter() - t0) * 1000
        where = r.getheader("Location") or ""
        if r.status == 302 and "/bookings/" in where:
            outcome = "confirmed"
        elif r.status == 302 and "/events/waitlist/" in where:
            outcome = "waitlisted"
        elif r.status == 200 and "Lots of people are booking" in page:
            outcome = "busy"
        else:
            outcome = "error-%d" % r.status
    except Exception as e:
        ms, outcome = (time.perf_counter() - t0) * 1000, "error-" + type(e).__name__
    results[i] = (outcome, ms)
threads = [threading.Thread(target=book, args=(i,)) for i in range(people)]
for t in threads: t.start()
for t in threads: t.join()
with open(out, "w") as f:
    for outcome, ms in results:
        f.write("%s %.1f\n" % (outcome, ms))
PY
race_confirmed=$(grep -c '^confirmed ' "$work/outcomes.txt" || true)
race_waitlisted=$(grep -c '^waitlisted ' "$work/outcomes.txt" || true)
race_busy=$(grep -c '^busy ' "$work/outcomes.txt" || true)
race_errors=$(grep -c '^error' "$work/outcomes.txt" || true)
read -r race_p50 race_p99 race_max <<<"$(awk '{ print $2 }' "$work/outcomes.txt" | sort -n | awk '{ v[NR] = $1 } END {
  m = int(NR * 0.50); if (m < 1) m = 1; n = int(NR * 0.99); if (n < 1) n = 1
  printf "%.0f %.0f %.0f", v[m], v[n], v[NR] }')"
db_places=$(psql -tA -d "$DB" -c "select count(*) from attendee a join event e on e.id = a.event_id where e.slug = 'bench-race' and a.active")
db_waiting=$(psql -tA -d "$DB" -c "select count(*) from waitlist_entry w join event e on e.id = w.event_id where e.slug = 'bench-race'")

echo "== the events listing under wrk"
cat >"$work/listing.txt" <<'PATHS'
/events
/events?type=training
/events?region=london
/events?online=yes
/events?free=yes
/events?when=past
/events?type=webinar&region=wales
/events?type=networking&free=yes
PATHS
. bench/lib.sh
uptime
load listing "$base/events"
load listing-filters "$base" "$work/listing.txt"
load event-page "$base/events/bench-event-7"

echo
echo "Events benchmark: $PEOPLE people for $PLACES places, $EVENTS other events, $(nproc) cores, $(java -version 2>&1 | head -n 1), -Xmx$HEAP, PostgreSQL at $PGHOST"
printf '%-50s %10s\n' "launch to ready (s)" "$(awk -v m="$ready" 'BEGIN { printf "%.1f", m / 1000 }')"
printf '%-50s %10s\n' "confirmed (HTTP)" "$race_confirmed"
printf '%-50s %10s\n' "waitlisted (HTTP)" "$race_waitlisted"
printf '%-50s %10s\n' "asked to try again (lock wait too long)" "$race_busy"
printf '%-50s %10s\n' "errors" "$race_errors"
printf '%-50s %10s\n' "places taken in the database" "$db_places"
printf '%-50s %10s\n' "waiting-list entries in the database" "$db_waiting"
printf '%-50s %10s\n' "booking latency p50 / p99 / max (ms)" "$race_p50 / $race_p99 / $race_max"
echo "targets: exactly $PLACES confirmed, p99 <= 500 ms, zero errors"
printf '%-50s %10s %9s %9s %9s\n' "" "req/s" "p50 ms" "p99 ms" "non-2xx"
while read -r name rps p50 p99 bad; do
  label=$(case $name in
    listing) echo "events listing ($CONNECTIONS connections)" ;;
    listing-filters) echo "events listing, 8 filters in turn" ;;
    event-page) echo "one event's page" ;;
  esac)
  printf '%-50s %10s %9s %9s %9s\n' "$label" "$rps" "$p50" "$p99" "$bad"
done <"$work/results"
echo "target: events listing >= 2,000 requests/s at 32 connections"
