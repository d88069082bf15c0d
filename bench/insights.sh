#!/usr/bin/env bash
# The staff dashboards at scale: MEMBERS generated members with three years of joining and leaving, their interests
# and equality monitoring answers, LISTINGS directory listings, and SEARCHES searches that found nothing (with a
# year of day-by-day use) on the PostgreSQL server at 127.0.0.1:5432; then /admin/insights, the equality analyst's
# page and the report pack, each asked one at a time as a member of staff would, timed against the target of 500 ms
# for a dashboard. Prints figures and ratios; asserts nothing.
#
#   bench/insights.sh                                   # 100,000 members, 1,000,000 searches; needs a JDK, psql, curl, python3
#   MEMBERS=5000 SEARCHES=50000 ROUNDS=3 bench/insights.sh   # a quick check that everything works
#   KEEP_DB=1 bench/insights.sh                         # keeps the generated database (springboard_bench_insights)
#
# The data goes straight into the database with SQL (a database of its own, dropped at the end); the application then
# starts on it, signed in as an admin with two factors, and every request goes to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

MEMBERS=${MEMBERS:-100000}
LISTINGS=${LISTINGS:-2000}
SEARCHES=${SEARCHES:-1000000}
ROUNDS=${ROUNDS:-15}
HEAP=${HEAP:-512m}
APP_PORT=${APP_PORT:-18094}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=springboard_bench_insights
ADMIN_EMAIL=bench-admin@example.org
ADMIN_PASSWORD=bench-admin-password-1
ANALYST_EMAIL=bench-analyst@example.org
TOTP_SECRET=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
THREADS=1
CONNECTIONS=1
WARMUP=0
for tool in curl java python3 psql; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install curl postgresql-client)" >&2; exit 1; }
done
pg_isready -q || { echo "no PostgreSQL server answers on $PGHOST:$PGPORT" >&2; exit 1; }

work=$(mktemp -d)
app_pid=""
. bench/lib.sh
cleanup() {
  stop_app
  [ -n "${KEEP_DB:-}" ] || dropdb --if-exists "$DB" 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

start_app() {
  local launched
  launched=$(now_ms)
  SPRINGBOARD_DATA_DIR="$work/data" PORT=$APP_PORT SPRINGBOARD_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    SPRINGBOARD_DB_USERNAME="$PGUSER" SPRINGBOARD_ADMIN_EMAIL="$ADMIN_EMAIL" SPRINGBOARD_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java -Xmx"$HEAP" -jar "$jar" --logging.level.uk.org.ncjaa.springboard.insights.Dashboards=DEBUG >"$work/app-$1.log" 2>&1 &
  app_pid=$!
  wait_ready "$1" "$launched"
}

if [ -z "${JAR:-}" ]; then
  echo "== building the jar"
  ./mvnw -q -B -DskipTests package
fi
jar=${JAR:-$(ls target/springboard-*.jar | grep -v plain | head -n 1)}

echo "== a new database, its schema made by the application's own migrations"
dropdb --if-exists "$DB"
createdb "$DB"
start_app first
stop_app

echo "== generating $MEMBERS members, $LISTINGS listings and $SEARCHES searches that found nothing, with SQL"
started=$(now_ms)
psql -q -v ON_ERROR_STOP=1 -d "$DB" -v members="$MEMBERS" -v listings="$LISTINGS" -v searches="$SEARCHES" \
  -v analyst="$ANALYST_EMAIL" -v password="$ADMIN_PASSWORD" <<'SQL'
select setseed(0.42);
create temporary table regions as select slug, row_number() over (order by id) - 1 as n from concept where vocabulary = 'REGION';
create temporary table arts as select slug, row_number() over (order by id) - 1 as n from concept where vocabulary = 'ART_FORM';
create temporary table settings as select slug, row_number() over (order by id) - 1 as n from concept where vocabulary = 'SETTING';
create temporary table roles as select slug, row_number() over (order by id) - 1 as n from concept where vocabulary = 'ROLE';

-- members joined over three years; one in eight left some months later, and one in three of those came back
insert into account (email, display_name, password_hash, email_verified_at, created_at, updated_at)
select 'member' || g || '@bench.example.org', 'Bench Member ' || g, '{noop}not-for-signing-in-' || md5(g::text), now(),
       now() - (g % 1095) * interval '1 day' - (g % 86400) * interval '1 second', now()
from generate_series(1, :members) g;
insert into account_role (account_id, role) select id, 'MEMBER' from account where email like '%@bench.example.org';
insert into member (account_id, display_name, region_slug, joined_at, role_title, heard_from)
select a.id, a.display_name, case when a.id % 9 = 0 then null else (select slug from regions where regions.n = a.id % (select count(*) from regions)) end,
       a.created_at, 'Artist', 'colleague'
from account a where a.email like '%@bench.example.org';
insert into membership_term (member_id, kind, started_at, ended_at, end_reason)
select m.id, case when m.id % 10 = 0 then 'ORGANISATION' else 'INDIVIDUAL' end, m.joined_at,
       case when m.id % 8 = 0 then least(now(), m.joined_at + (30 + m.id % 300) * interval '1 day') end,
       case when m.id % 8 = 0 then 'left' end
from member m join account a on a.id = m.account_id where a.email like '%@bench.example.org';
insert into membership_term (member_id, kind, started_at)
select t.member_id, t.kind, t.ended_at + interval '60 days' from membership_term t
where t.ended_at is not null and t.member_id % 24 = 0 and t.ended_at + interval '60 days' < now();
insert into member_interest (member_id, vocabulary, slug)
select m.id, 'ART_FORM', (select slug from arts where arts.n = m.id % (select count(*) from arts)) from member m
join account a on a.id = m.account_id where a.email like '%@bench.example.org'
union
select m.id, 'SETTING', (select slug from settings where settings.n = m.id % (select count(*) from settings)) from member m
join account a on a.id = m.account_id where a.email like '%@bench.example.org'
union
-- two members in three have said what they do, as after a year of asking
select m.id, 'ROLE', (select slug from roles where roles.n = m.id % (select count(*) from roles)) from member m
join account a on a.id = m.account_id where a.email like '%@bench.example.org' and m.id % 3 > 0;
insert into equality_response (member_id, ethnicity, disability, gender, lived_experience, answered_at)
select m.id, (array['white','white','white','white','asian','black','mixed','other','prefer-not-to-say'])[1 + m.id % 9],
       (array['yes','no','no','no'])[1 + m.id % 4], (array['woman','man','woman','non-binary','man'])[1 + m.id % 5],
       (array['no','no','prison','community','both'])[1 + m.id % 5], m.joined_at
from member m join account a on a.id = m.account_id where a.email like '%@bench.example.org' and m.id % 5 < 2;

-- listings first approved over three years, a third of them changed since
insert into directory_listing (slug, name, published, published_at, verified_at, created_at)
select 'bench-organisation-' || g, 'Bench Organisation ' || g, jsonb_build_object('name', 'Bench Organisation ' || g),
       now() - (g % 1095) * interval '1 day', now() - (g % 500) * interval '1 day', now() - (g % 1095) * interval '1 day'
from generate_series(1, :listings) g;
insert into directory_revision (listing_id, number, content, changed, approved_by, approved_at)
select l.id, 1, l.published, 'first version', 'bench', l.published_at from directory_listing l where l.slug like 'bench-%';
insert into directory_revision (listing_id, number, content, changed, approved_by, approved_at)
select l.id, 2, l.published, 'description', 'bench', l.published_at + interval '90 days' from directory_listing l
where l.slug like 'bench-%' and l.id % 3 = 0 and l.published_at + interval '90 days' < now();

-- searches that found nothing over two years in three areas: a few words searched often, most rarely, as in life
create temporary table searched as
select (array['evidence','evidence','directory','site'])[1 + (g % 4)] as area,
       current_date - (floor(random() * 730))::int as day,
       'words ' || floor(power(random(), 3) * 60000)::int as words
from generate_series(1, :searches) g;
insert into insights_search_gap (area, day, words, searches)
select area, day, words, count(*) from searched group by area, day, words;
insert into insights_search_gap_month (area, month, words, searches)
select area, date_trunc('month', day)::date, words, sum(searches) from insights_search_gap group by 1, 2, 3;
insert into insights_search_gap_total (area, day, searches)
select area, day, sum(searches) from insights_search_gap group by 1, 2;
insert into insights_usage (area, what, day, n)
select a.area, a.what, current_date - d, 1 + floor(random() * a.most)::int
from generate_series(0, 729) d cross join (values ('evidence', 'pdf-download', 400), ('evidence', 'reference-export', 150),
  ('evidence', 'api', 5000), ('directory', 'hsds-export', 20), ('directory', 'api', 800)) a(area, what, most);

update account set totp_secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totp_enabled_at = now() where email = 'bench-admin@example.org';
-- the equality monitoring analyst: the admin's password and second factor, and the role no other role implies
insert into account (email, display_name, password_hash, email_verified_at, created_at, updated_at, totp_secret, totp_enabled_at)
select :'analyst', 'Bench Analyst', password_hash, now(), now(), now(), totp_secret, now() from account where email = 'bench-admin@example.org';
insert into account_role (account_id, role) select id, r from account, (values ('MEMBER'), ('EQUALITY_ANALYST')) v(r) where email = :'analyst';
vacuum analyze;
SQL
echo "generated in $(( $(now_ms) - started )) ms"
psql -At -d "$DB" -c "select 'searches logged: ' || sum(searches) || ' in ' || count(*) || ' day rows' from insights_search_gap"

echo "== starting on the generated data"
start_app second
base="http://127.0.0.1:$APP_PORT"

sign_in "$ADMIN_EMAIL" "$ADMIN_PASSWORD" "$TOTP_SECRET" "$work/admin.cookies"
sign_in "$ANALYST_EMAIL" "$ADMIN_PASSWORD" "$TOTP_SECRET" "$work/analyst.cookies"

year_to=$(date +%F)
year_from=$(date -d "$(date +%Y-%m-01) -11 months" +%F)
three_from=$(date -d "$(date +%Y-%m-01) -35 months" +%F)

# time NAME JAR PATH: asks ROUNDS times, one at a time, after two to warm up; appends "name p50 max bytes status" (ms)
time_page() {
  local name=$1 jar_file=$2 path=$3 status
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar_file" "$base$path")
  [ "$status" = "200" ] || { echo "$path answered $status" >&2; exit 1; }
  curl -s -o /dev/null -b "$jar_file" "$base$path"
  for _ in $(seq 1 "$ROUNDS"); do
    # compressed, as a browser asks: the size is what crosses the wire
    curl -s --compressed -o /dev/null -b "$jar_file" -w '%{time_total} %{size_download}\n' "$base$path"
  done | sort -n | awk -v name="$name" '{ t[NR] = $1 * 1000; b = $2 } END { printf "%s %.0f %.0f %d\n", name, t[int((NR + 1) / 2)], t[NR], b }' \
    >>"$work/timed"
}

echo "== asking each page $ROUNDS times, one at a time"
# the first dashboard of the day, when the network at the start of the day is not counted yet (the night's job counts
# it before anyone asks, but on a new database, as here, it has not run yet). First a period that ended a week
# ago warms the code (and counts only its own last day), and a CSV of the searches of the period to be asked reads
# their rows into memory, so this figure is the network's counting and not a cold start.
curl -s -o /dev/null -b "$work/admin.cookies" "$base/admin/insights?from=$year_from&to=$(date -d '-7 days' +%F)"
curl -s -o /dev/null -b "$work/admin.cookies" "$base/admin/insights/searches/nothing-found-evidence.csv?from=$year_from&to=$year_to"
curl -s --compressed -o /dev/null -b "$work/admin.cookies" -w '%{time_total} %{size_download}\n' \
  "$base/admin/insights?from=$year_from&to=$year_to" \
  | awk '{ printf "dashboard-first %.0f %.0f %d\n", $1 * 1000, $1 * 1000, $2 }' >>"$work/timed"
time_page dashboard-year "$work/admin.cookies" "/admin/insights?from=$year_from&to=$year_to"
time_page dashboard-three-years "$work/admin.cookies" "/admin/insights?from=$three_from&to=$year_to"
time_page analyst-year "$work/analyst.cookies" "/admin/equality/insights?from=$year_from&to=$year_to"
time_page pack-pdf "$work/admin.cookies" "/admin/insights/report.pdf?from=$year_from&to=$year_to"
time_page pack-zip "$work/admin.cookies" "/admin/insights/report.zip?from=$year_from&to=$year_to"
time_page csv-one "$work/admin.cookies" "/admin/insights/searches/nothing-found-evidence.csv?from=$year_from&to=$year_to"

echo
echo "Insights benchmark: $MEMBERS members, $LISTINGS listings, $SEARCHES searches that found nothing, $(nproc) cores, $(java -version 2>&1 | head -n 1)"
printf '%-58s %9s %9s %9s %12s\n' "" "p50 ms" "max ms" "KB gzip" "p50 / 500 ms"
while read -r name p50 max bytes; do
  label=$(case $name in
    dashboard-first) echo "staff dashboard, first of the day (network not yet counted)" ;;
    dashboard-year) echo "staff dashboard, the last 12 months" ;;
    dashboard-three-years) echo "staff dashboard, the last 36 months" ;;
    analyst-year) echo "equality analyst's page, the last 12 months" ;;
    pack-pdf) echo "report pack, PDF, the last 12 months" ;;
    pack-zip) echo "report pack, ZIP of CSVs, the last 12 months" ;;
    csv-one) echo "one figure's CSV (the top words that found nothing)" ;;
  esac)
  printf '%-58s %9s %9s %9s %12.2f\n' "$label" "$p50" "$max" "$(( bytes / 1024 ))" "$(awk -v p="$p50" 'BEGIN { print p / 500 }')"
done <"$work/timed"
echo "Each section's share of the last dashboards asked (ms, from the application's log):"
grep -o 'insights section [a-z-]* for [0-9-]* to [0-9-]*: [0-9]* ms' "$work/app-second.log" | tail -n 40 \
  | awk '{ sub(/:$/, "", $7); key = $3 " (" $5 " to " $7 ")"; sum[key] += $8; n[key]++ } END { for (k in sum) printf "  %-48s %6.0f\n", k, sum[k] / n[k] }' | sort
