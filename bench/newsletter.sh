#!/usr/bin/env bash
# The newsletter under load, on the PostgreSQL server at 127.0.0.1:5432: RECIPIENTS confirmed subscribers, one campaign
# started by the dispatch job, sent with throttling off to an SMTP sink on 127.0.0.1 that keeps only counts. Prints the
# time to write the delivery rows, the sending rate, the heap the application used, and whether each recipient got
# exactly one message. Asserts nothing. The sink and the database run on the same cores as the application.
#
#   bench/newsletter.sh                              # 100,000 recipients; needs a JDK, psql and curl
#   RECIPIENTS=5000 bench/newsletter.sh              # a quick check that everything works
#   WORKERS=8 bench/newsletter.sh                    # more messages in flight at once
#   KEEP=1 bench/newsletter.sh                       # keeps the work directory (logs)
#
# Targets it reports against: >= 500 messages a second with throttling off, in a heap of at most 512 MB.
set -euo pipefail
cd "$(dirname "$0")/.."

RECIPIENTS=${RECIPIENTS:-100000}
WORKERS=${WORKERS:-4}
HEAP=${HEAP:-512m}
APP_PORT=${APP_PORT:-18094}
SINK_PORT=${SINK_PORT:-18025}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=springboard_bench_newsletter
for tool in curl java psql jstat; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install curl postgresql-client; jstat comes with the JDK)" >&2; exit 1; }
done
pg_isready -q || { echo "no PostgreSQL server answers on $PGHOST:$PGPORT" >&2; exit 1; }

work=$(mktemp -d)
app_pid=""
sink_pid=""
. bench/lib.sh
cleanup() {
  stop_app
  [ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null || true
  dropdb --if-exists "$DB" 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

echo "== building the jar and the SMTP sink"
./mvnw -q -B -DskipTests package
jar=$(ls target/springboard-*.jar | grep -v plain | head -n 1)

java -cp target/test-classes uk.org.ncjaa.springboard.support.SmtpSink "$SINK_PORT" >"$work/sink.log" 2>&1 &
sink_pid=$!

echo "== a new database, its schema made by the application's own migrations"
dropdb --if-exists "$DB"
createdb "$DB"

launched=$(now_ms)
SPRINGBOARD_DATA_DIR="$work/data" PORT=$APP_PORT SPRINGBOARD_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
  SPRINGBOARD_DB_USERNAME="$PGUSER" SPRINGBOARD_SMTP_HOST=127.0.0.1 SPRINGBOARD_SMTP_PORT="$SINK_PORT" \
  SPRINGBOARD_SMTP_STARTTLS=false SPRINGBOARD_NEWSLETTER_WORKERS="$WORKERS" SPRINGBOARD_NEWSLETTER_PER_SECOND=0 \
  SPRINGBOARD_NEWSLETTER_DISPATCH_EVERY=1s SPRINGBOARD_NEWSLETTER_LINK_SECRET=bench-only-secret \
  java -Xmx"$HEAP" -jar "$jar" >"$work/app-send.log" 2>&1 &
app_pid=$!
wait_ready send "$launched"
echo "ready after $ready ms"

echo "== $RECIPIENTS confirmed subscribers"
psql -q -v ON_ERROR_STOP=1 -d "$DB" -v n="$RECIPIENTS" <<'SQL'
insert into newsletter_subscriber (email, name, status, topics, region, source, created_at, confirmed_at)
select 'reader' || g || '@example.org', 'Reader ' || g, 'CONFIRMED', '{news,events,opportunities,publications,evidence}',
       (array['london','north-west','wales',null])[1 + g % 4], 'IMPORT', now(), now()
from generate_series(1, :n) g;
analyze newsletter_subscriber;
SQL

echo "== the send"
psql -q -v ON_ERROR_STOP=1 -d "$DB" <<'SQL'
insert into newsletter_campaign (kind, subject, intro, body, status, scheduled_at, created_at)
values ('ONE_OFF', 'The benchmark', '', 'One message to each subscriber, as fast as the machine allows.' || chr(10) || chr(10)
        || 'A second paragraph, so the message is the size of a short newsletter.', 'SCHEDULED', now(), now());
SQL
peak_kb=0
status=""
for _ in $(seq 1 7200); do
  status=$(psql -tA -d "$DB" -c "select status from newsletter_campaign")
  used=$(jstat -gc "$app_pid" 2>/dev/null | awk 'NR==2 { printf "%d", $3 + $4 + $6 + $8 }') || used=0
  [ "${used:-0}" -gt "$peak_kb" ] && peak_kb=$used
  [ "$status" = "SENT" ] && break
  kill -0 "$app_pid" 2>/dev/null || { echo "the application died; see its log:" >&2; tail -50 "$work/app-send.log" >&2; exit 1; }
  sleep 0.5
done
[ "$status" = "SENT" ] || { echo "the send did not finish in an hour" >&2; exit 1; }

read -r total built seconds sent failed < <(psql -tA -F ' ' -d "$DB" -c "
  select c.total, c.rows_built_ms, extract(epoch from c.finished_at - c.started_at),
         (select count(*) from newsletter_delivery where state = 'SENT'), (select count(*) from newsletter_delivery where state = 'FAILED')
  from newsletter_campaign c")
sleep 1.5
received=$(tail -1 "$work/sink.log" | awk '{ print $2 }')
max_kb=$(( ${HEAP%m} * 1024 ))

echo
echo "recipients                 $total"
echo "delivery rows written in   $built ms"
echo "sent                       $sent (failed $failed) in $(printf '%.1f' "$seconds") s"
awk -v n="$sent" -v s="$seconds" 'BEGIN { printf "rate                       %.0f messages/s (target >= 500: ratio %.2f)\n", n / s, n / s / 500 }'
echo "received by the sink       $received"
awk -v p="$peak_kb" -v m="$max_kb" 'BEGIN { printf "heap used at its peak      %.0f MB of %.0f MB allowed (ratio %.2f)\n", p / 1024, m / 1024, p / m }'
echo "workers                    $WORKERS"
