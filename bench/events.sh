#!/usr/bin/env bash
# Events under load, on the PostgreSQL server at 127.0.0.1:5432: PEOPLE people booking PLACES
# places of one event over HTTP as browsers do (session, form token, POST), first all at the same
# moment and then CONNECTIONS at a time, each race on a fresh event, after a warm-up race; then the public events listing
# under wrk. Prints figures; asserts nothing. The client runs on the same cores as the server.
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
. bench/lib.sh
cleanup() {
  stop_app
  dropdb --if-exists "$DB" 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

start_app() {
  local launched
  launched=$(now_ms)
  SPRINGBOARD_DATA_DIR="$work/data" PORT=$APP_PORT SPRINGBOARD_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    SPRINGBOARD_DB_USERNAME="$PGUSER" java -Xmx"$HEAP" -jar "$jar" >"$work/app-$1.log" 2>&1 &
  app_pid=$!
  wait_ready "$1" "$launched"
}

echo "== building the jar"
./mvnw -q -B -DskipTests package
jar=$(ls target/springboard-*.jar | grep -v plain | head -n 1)

echo "== a new database, its schema made by the application's own migrations"
dropdb --if-exists "$DB"
createdb "$DB"
start_app first
stop_app

echo "== $EVENTS upcoming events"
psql -q -v ON_ERROR_STOP=1 -d "$DB" -v events="$EVENTS" -v places="$PLACES" <<'SQL'
insert into event (slug, title, kind, delivery, summary, description, starts_at, ends_at, venue_name, organiser, region, capacity,
                   status, created_at, updated_at)
select 'bench-event-' || g, 'Bench event ' || g, (array['CONFERENCE','TRAINING','WEBINAR','NETWORKING'])[1 + g % 4],
       (array['IN_PERSON','ONLINE','HYBRID'])[1 + g % 3], 'A benchmark event.', 'About the benchmark event.',
       now() + g * interval '1 day', now() + g * interval '1 day' + interval '3 hours', 'Bench Hall', 'NCJAA',
       (array['london','north-west','wales','scotland'])[1 + g % 4], 50, 'PUBLISHED', now(), now()
from generate_series(1, :events) g;
insert into ticket_type (event_id, kind, price_pence, allowance)
select id, 'FREE', 0, capacity from event;
insert into ticket_type (event_id, kind, price_pence, allowance)
select id, 'NON_MEMBER', 9500, capacity from event where id % 2 = 0;
SQL

echo "== starting"
start_app second
echo "ready after $ready ms"
base="http://127.0.0.1:$APP_PORT"

# race NAME CLIENTS [POST-PATH]: PEOPLE people book the last PLACES places of a fresh copy of the race event, CLIENTS at a
# time (CLIENTS = PEOPLE: all at the same moment); one line per person in $work/NAME.txt: outcome and milliseconds, then
# the elapsed time and the CPU seconds the server, PostgreSQL and the client used meanwhile (read from /proc). With a
# POST-PATH they post the same form there instead: /logout is a form post that touches no database, the floor under a booking
race() {
  local name=$1 clients=$2 path=${3:-}
  psql -q -v ON_ERROR_STOP=1 -d "$DB" -v name="$name" -v places="$PLACES" <<'SQL'
insert into event (slug, title, kind, delivery, summary, description, starts_at, ends_at, venue_name, organiser, capacity, status,
                   created_at, updated_at)
values (:'name', 'The race', 'TRAINING', 'IN_PERSON', 'Everyone wants a place.', 'The benchmark race.', now() + interval '30 days',
        now() + interval '30 days 3 hours', 'Bench Hall', 'NCJAA', :places, 'PUBLISHED', now(), now());
insert into ticket_type (event_id, kind, price_pence, allowance) select id, 'FREE', 0, capacity from event where slug = :'name';
SQL
  python3 - "$base" "$PEOPLE" "$clients" "$name" "$work/$name.txt" "$app_pid" "$path" <<'PY'
import http.client, os, queue, re, sys, threading, time, urllib.parse
base, people, clients, slug, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
app, path = sys.argv[6], sys.argv[7] or "/events/%s/book" % sys.argv[4]
def cpu():
    """CPU seconds so far of the server, of every PostgreSQL process, and of this client."""
    def ticks(pid, named=None):
        try:
            if named and open("/proc/%s/comm" % pid).read().strip() != named:
                return 0
            fields = open("/proc/%s/stat" % pid).read().rsplit(")", 1)[1].split()
            return int(fields[11]) + int(fields[12])
        except OSError:
            return 0
    pg = sum(ticks(p, "postgres") for p in os.listdir("/proc") if p.isdigit())
    me = os.times()
    return ticks(app) / os.sysconf("SC_CLK_TCK"), pg / os.sysconf("SC_CLK_TCK"), me.user + me.system
host, port = urllib.parse.urlparse(base).hostname, urllib.parse.urlparse(base).port
forms = []
for i in range(people):
    c = http.client.HTTPConnection(host, port, timeout=60)
    c.request("GET", "/events/%s/book?ticket=free" % slug)
    r = c.getresponse()
    body = r.read().decode()
    forms.append((r.getheader("Set-Cookie").split(";")[0], re.search(r'name="_csrf" value="([^"]+)"', body).group(1)))
    c.close()
todo = queue.Queue()
for i in range(people):
    todo.put(i)
start = threading.Barrier(clients)
results = [None] * people
def client():
    c = http.client.HTTPConnection(host, port, timeout=120)
    c.connect()
    start.wait()
    while True:
        try:
            i = todo.get_nowait()
        except queue.Empty:
            return
        cookie, token = forms[i]
        body = urllib.parse.urlencode({"_csrf": token, "ticket": "free", "places": "1", "attendees[0].name": "Person %d" % i,
                                       "bookerName": "Person %d" % i, "bookerEmail": "person%d@bench.example.org" % i, "waitlist": "true"})
        t0 = time.perf_counter()
        try:
            c.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
            r = c.getresponse()
            page = r.read().decode()
            where = r.getheader("Location") or ""
            if r.status == 302 and "/bookings/" in where:
                outcome = "confirmed"
            elif r.status == 302 and "/events/waitlist/" in where:
                outcome = "waitlisted"
            elif r.status == 200 and "Lots of people are booking" in page:
                outcome = "busy"
            elif r.status == 302 and path == "/logout":
                outcome = "signed-out"
            else:
                outcome = "error-%d" % r.status
        except Exception as e:
            outcome = "error-" + type(e).__name__
            c = http.client.HTTPConnection(host, port, timeout=120)
        results[i] = (outcome, (time.perf_counter() - t0) * 1000)
used = cpu()
began = time.perf_counter()
threads = [threading.Thread(target=client) for _ in range(clients)]
for t in threads: t.start()
for t in threads: t.join()
elapsed = (time.perf_counter() - began) * 1000
used = [b - a for a, b in zip(used, cpu())]
with open(out, "w") as f:
    for outcome, ms in results:
        f.write("%s %.1f\n" % (outcome, ms))
    f.write("# %.1f\n" % elapsed)
    f.write("cpu %.2f %.2f %.2f\n" % tuple(used))
PY
}

# summary NAME: "confirmed waitlisted busy errors p50 p99 max seconds places-in-db"
summary() {
  local f="$work/$1.txt"
  local confirmed waitlisted busy errors latencies seconds places
  confirmed=$(grep -c '^confirmed ' "$f" || true)
  waitlisted=$(grep -c '^waitlisted ' "$f" || true)
  busy=$(grep -c '^busy ' "$f" || true)
  errors=$(grep -c '^error' "$f" || true)
  latencies=$(grep -v '^#\|^cpu' "$f" | awk '{ print $2 }' | sort -n | awk '{ v[NR] = $1 } END {
    m = int(NR * 0.50); if (m < 1) m = 1; n = int(NR * 0.99); if (n < 1) n = 1
    printf "%.0f %.0f %.0f", v[m], v[n], v[NR] }')
  seconds=$(awk '$1 == "#" { printf "%.1f", $2 / 1000 }' "$f")
  places=$(psql -tA -d "$DB" -c "select count(*) from attendee a join event e on e.id = a.event_id where e.slug = '$1' and a.active")
  echo "$confirmed $waitlisted $busy $errors $latencies $seconds $places"
}

echo "== a warm-up race (not reported), as the load runs below have theirs: the first bookings after a start are compiled as they run"
race race-warm-up "$CONNECTIONS"
echo "== $PEOPLE people book $PLACES places: all at the same moment, then $CONNECTIONS at a time"
race race-at-once "$PEOPLE"
race race-clients "$CONNECTIONS"
echo "== the floor: the same people post the same form to /logout (no database) all at the same moment"
race signout-at-once "$PEOPLE" /logout

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
uptime
load listing "$base/events"
load listing-filters "$base" "$work/listing.txt"
load event-page "$base/events/bench-event-7"

echo
echo "Events benchmark: $PEOPLE people for $PLACES places, $EVENTS other events, $(nproc) cores, $(java -version 2>&1 | head -n 1), -Xmx$HEAP, PostgreSQL at $PGHOST"
printf '%-50s %10s\n' "launch to ready (s)" "$(awk -v m="$ready" 'BEGIN { printf "%.1f", m / 1000 }')"
printf '%-34s %9s %10s %5s %6s %7s %7s %7s %7s %9s\n' "" confirmed waitlisted busy errors "p50 ms" "p99 ms" "max ms" seconds "in the db"
for name in race-at-once race-clients; do
  read -r confirmed waitlisted busy errors p50 p99 max seconds places <<<"$(summary "$name")"
  label=$( [ "$name" = race-at-once ] && echo "$PEOPLE people at the same moment" || echo "$PEOPLE people, $CONNECTIONS at a time" )
  printf '%-34s %9s %10s %5s %6s %7s %7s %7s %7s %9s\n' "$label" "$confirmed" "$waitlisted" "$busy" "$errors" "$p50" "$p99" "$max" "$seconds" "$places"
done
echo "targets: exactly $PLACES confirmed, p99 <= 500 ms, zero errors"
printf '%-34s %9s %9s %9s %12s %12s %12s\n' "" "p50 ms" "p99 ms" seconds "server ms" "database ms" "client ms"
for name in race-at-once race-clients signout-at-once; do
  read -r _ _ _ _ p50 p99 _ seconds _ <<<"$(summary "$name")"
  read -r server database client <<<"$(awk -v n="$PEOPLE" '$1 == "cpu" { printf "%.2f %.2f %.2f", $2 * 1000 / n, $3 * 1000 / n, $4 * 1000 / n }' "$work/$name.txt")"
  label=$(case $name in
    race-at-once) echo "booking, all at the same moment" ;;
    race-clients) echo "booking, $CONNECTIONS at a time" ;;
    signout-at-once) echo "signing out, all at the same moment" ;;
  esac)
  printf '%-34s %9s %9s %9s %12s %12s %12s\n' "$label" "$p50" "$p99" "$seconds" "$server" "$database" "$client"
done
echo "(CPU per person while each race ran: the server's JVM, every PostgreSQL process, the client; signing out is the floor under a booking)"
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
