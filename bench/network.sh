#!/usr/bin/env bash
# The network and the Directory of Services at scale: MEMBERS generated members and LISTINGS
# published directory listings on the PostgreSQL server at 127.0.0.1:5432, then the directory
# search with facets, the staff CRM's search and a whole-network segment export under load. Prints
# figures; asserts nothing.
#
#   bench/network.sh                               # 100,000 members, 10,000 listings; needs a JDK, psql, wrk, curl, python3
#   MEMBERS=5000 LISTINGS=500 DURATION=5 bench/network.sh   # a quick check that everything works
#   KEEP=1 bench/network.sh                        # keeps the work directory (logs, wrk output)
#   KEEP_DB=1 bench/network.sh                     # keeps the generated database (springboard_bench_network)
#
# The data goes straight into the database with SQL (a database of its own, dropped at the end);
# the application then starts on it and is driven
# with wrk on 127.0.0.1. Directory searches run twice: 16 in turn (the page cache answers most) and
# every query new (what the search engine and the templates cost with no cache). The CRM is measured
# signed in as an admin (with two-factor authentication), so nothing is cached.
#
# Targets it reports against: directory search with facets p99 <= 50 ms at 32 connections; CRM
# search <= 200 ms; a segment export of 100,000 rows streams in <= 10 s with flat memory.
set -euo pipefail
cd "$(dirname "$0")/.."

MEMBERS=${MEMBERS:-100000}
LISTINGS=${LISTINGS:-10000}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-5}
WARMUP_NEW=${WARMUP_NEW:-15}
CONNECTIONS=${CONNECTIONS:-32}
CRM_CONNECTIONS=${CRM_CONNECTIONS:-4}
THREADS=${THREADS:-2}
HEAP=${HEAP:-512m}
APP_PORT=${APP_PORT:-18092}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=springboard_bench_network
ADMIN_EMAIL=bench-admin@example.org
ADMIN_PASSWORD=bench-admin-password-1
TOTP_SECRET=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
for tool in wrk curl java jcmd python3 psql; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install wrk curl postgresql-client)" >&2; exit 1; }
done
pg_isready -q || { echo "no PostgreSQL server answers on $PGHOST:$PGPORT" >&2; exit 1; }

work=$(mktemp -d)
app_pid=""
. bench/lib.sh
cleanup() {
  stop_app
  # KEEP_DB=1 leaves the generated database behind, to look at query plans afterwards
  [ -n "${KEEP_DB:-}" ] || dropdb --if-exists "$DB" 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# start_app NAME: starts the jar on the bench database and waits until it is ready; sets app_pid and ready (ms)
start_app() {
  local launched
  launched=$(now_ms)
  SPRINGBOARD_DATA_DIR="$work/data" PORT=$APP_PORT SPRINGBOARD_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    SPRINGBOARD_DB_USERNAME="$PGUSER" SPRINGBOARD_ADMIN_EMAIL="$ADMIN_EMAIL" SPRINGBOARD_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    SPRINGBOARD_API_REQUESTS_PER_MINUTE=100000000 SPRINGBOARD_API_BURST=100000000 \
    java -Xmx"$HEAP" -Xlog:gc:file="$work/gc-$1.log" -jar "$jar" >"$work/app-$1.log" 2>&1 &
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

echo "== generating $MEMBERS members and $LISTINGS published listings with SQL"
started=$(now_ms)
psql -q -v ON_ERROR_STOP=1 -d "$DB" -v members="$MEMBERS" -v listings="$LISTINGS" <<'SQL'
create temporary table regions as select slug, row_number() over (order by id) - 1 as n from concept where vocabulary = 'REGION';
create temporary table arts as select slug, row_number() over (order by id) - 1 as n from concept where vocabulary = 'ART_FORM';
create temporary table settings as select slug, row_number() over (order by id) - 1 as n from concept where vocabulary = 'SETTING';
create temporary table names (n int, given text, family text);
insert into names select g, (array['Imogen','Tobias','Priya','Marisol','Oduya','Esme','Kwabena','Rhiannon','Harriet','Dev','Lorna',
  'Ibrahim','Siobhan','Callum','Aisha','Gareth','Niamh','Tomasz','Farah','Owain','Jo','Sam','Alex','Kit','Ruth','Femi'])[1 + g % 26],
  (array['Threlkeld','Quennell','Ellingham','Penhaligon','Brackett','Ashdown','Callow','Marchetti','Quayle','Drummond','Okonkwo',
  'Pryce','Lindqvist','Harrowby','Trevelyan','Szabo','Byrne','Osei','Nowak','Haddad','Kowalczyk','Maguire','Adeyemi'])[1 + (g / 26) % 23]
  from generate_series(1, :members) g;

insert into account (email, display_name, password_hash, email_verified_at, created_at, updated_at)
select 'member' || n || '@bench.example.org', given || ' ' || family || ' ' || n, '{noop}not-for-signing-in-' || md5(n::text),
       now(), now() - (n % 2000) * interval '1 day', now()
from names;
insert into account_role (account_id, role) select id, 'MEMBER' from account where email like '%@bench.example.org';
insert into member (account_id, display_name, region_slug, joined_at, role_title, organisation_name, heard_from)
select a.id, a.display_name, (select slug from regions where regions.n = a.id % (select count(*) from regions)),
       a.created_at, (array['Artist','Drama facilitator','Music leader','Prison education manager','Probation officer','Researcher'])[1 + a.id % 6],
       case when a.id % 3 = 0 then 'Bench Arts Company ' || (a.id % 4000) end, 'colleague'
from account a where a.email like '%@bench.example.org';
insert into membership_term (member_id, kind, started_at, ended_at, end_reason)
select m.id, case when m.id % 10 = 0 then 'ORGANISATION' else 'INDIVIDUAL' end, m.joined_at,
       case when m.id % 17 = 0 then now() end, case when m.id % 17 = 0 then 'left' end
from member m join account a on a.id = m.account_id where a.email like '%@bench.example.org';
insert into member_interest (member_id, vocabulary, slug)
select m.id, 'ART_FORM', (select slug from arts where arts.n = m.id % (select count(*) from arts)) from member m
join account a on a.id = m.account_id where a.email like '%@bench.example.org'
union
select m.id, 'ART_FORM', (select slug from arts where arts.n = (m.id / 7) % (select count(*) from arts)) from member m
join account a on a.id = m.account_id where a.email like '%@bench.example.org'
union
select m.id, 'SETTING', (select slug from settings where settings.n = m.id % (select count(*) from settings)) from member m
join account a on a.id = m.account_id where a.email like '%@bench.example.org';
insert into consent_record (member_id, purpose, granted, wording_version, source, recorded_at)
select m.id, p.purpose, case when p.purpose = 'PRIVACY_NOTICE' then true else m.id % 5 < 3 end, '1', 'IMPORT', m.joined_at
from member m join account a on a.id = m.account_id cross join (values ('PRIVACY_NOTICE'), ('NEWSLETTER'), ('PUBLIC_PROFILE')) p(purpose)
where a.email like '%@bench.example.org';

insert into directory_listing (slug, name, published, published_at, verified_at, created_at)
select 'bench-organisation-' || g, 'Bench Organisation ' || g,
  jsonb_build_object(
    'name', 'Bench Organisation ' || g,
    'description', 'We run ' || (select slug from arts where arts.n = g % (select count(*) from arts)) || ' workshops and '
        || (array['residencies','performances','courses','exhibitions'])[1 + g % 4] || ' with people in '
        || (select slug from settings where settings.n = g % (select count(*) from settings)) || ', in '
        || (array['Leeds','Bristol','Cardiff','Glasgow','Norwich','Hull','Derby','Exeter','Salford','Lincoln'])[1 + g % 10]
        || '. Listing number ' || g || ' of the benchmark.',
    'email', 'hello' || g || '@bench.example.org', 'website', 'https://bench' || g || '.example.org',
    'artForms', jsonb_build_array((select slug from arts where arts.n = g % (select count(*) from arts)),
        (select slug from arts where arts.n = (g / 5) % (select count(*) from arts))),
    'deliveryModels', jsonb_build_array((array['workshops','residency','performance','one-to-one','distance','online',
        'through-the-gate','staff-training','research'])[1 + g % 9]),
    'settings', jsonb_build_array((select slug from settings where settings.n = g % (select count(*) from settings))),
    'participants', jsonb_build_array(), 'groups', jsonb_build_array(),
    'regions', jsonb_build_array((select slug from regions where regions.n = g % (select count(*) from regions)),
        (select slug from regions where regions.n = (g / 3) % (select count(*) from regions))),
    'livedExperienceLed', g % 6 = 0, 'languages', jsonb_build_array('English'),
    'services', jsonb_build_array(jsonb_build_object('name', 'Weekly sessions', 'description', 'Sessions in custody and after release')),
    'locations', jsonb_build_array(jsonb_build_object('town', (array['Leeds','Bristol','Cardiff','Glasgow','Norwich','Hull','Derby',
        'Exeter','Salford','Lincoln'])[1 + g % 10], 'region', (select slug from regions where regions.n = g % (select count(*) from regions)))),
    'contacts', jsonb_build_array()),
  now() - interval '400 days', now() - (g % 300) * interval '1 day', now() - interval '400 days'
from generate_series(1, :listings) g;
update account set totp_secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totp_enabled_at = now() where email = 'bench-admin@example.org';
-- the triggers that copy interests, terms and consents onto members wrote every member row several times over; a live
-- table stays near its real size as autovacuum lets new rows reuse the space, so compact it once to start from that
vacuum full analyze;
SQL
echo "generated in $(( $(now_ms) - started )) ms"

echo "== starting on the generated data"
start_app second
echo "ready after $ready ms"
base="http://127.0.0.1:$APP_PORT"
# the first search reads every published listing into memory
first_search=$(curl -s -o /dev/null -w '%{time_total}' "$base/api/v1/directory/organizations?q=first")
found=$(curl -s "$base/api/v1/directory/organizations" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total_items"])')
echo "listings the directory search finds: $found"

echo "== signing in as the admin, two factors"
jar_file="$work/cookies"
sign_in "$ADMIN_EMAIL" "$ADMIN_PASSWORD" "$TOTP_SECRET" "$jar_file"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar_file" | tail -n 1)
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$session" "$base/admin/members")
[ "$status" = "200" ] || { echo "could not sign in as the admin (the CRM answered $status)" >&2; exit 1; }

echo "== addresses"
cat >"$work/directory.txt" <<'QUERIES'
/directory
/directory?q=music
/directory?art=music&region=london
/directory?q=workshops&art=theatre&art=dance
/directory?model=residency&led=lived-experience
/directory?q=Leeds&setting=adult-prison-men
/directory?region=wales&sort=verified
/directory?q=residencies+custody&page=2
/directory?art=visual-arts&model=workshops&region=north-west
/directory?q=Glasgow
/directory?setting=young-offender-institution&art=music
/directory?q=performances&led=lived-experience&region=scotland
/directory?art=creative-writing&page=3
/directory?q=exhibitions+release
/directory?region=yorkshire-and-the-humber&model=online
/directory?q=courses&art=craft
QUERIES
python3 - "$work/directory-new.txt" <<'PY'
import random, sys
random.seed(11)
words = "music theatre dance workshops residencies performances courses exhibitions custody release sessions Leeds Bristol Cardiff Glasgow Norwich Hull Derby Exeter Salford Lincoln".split()
choices = ["", "&art=music", "&art=theatre", "&art=dance", "&setting=adult-prison-men", "&region=london", "&region=wales",
           "&model=workshops", "&model=residency", "&led=lived-experience", "&art=visual-arts&region=north-west", "&sort=verified"]
seen = set()
while len(seen) < 100000:
    seen.add("/directory?q=" + "+".join(random.sample(words, random.choice([1, 1, 2]))) + random.choice(choices)
             + random.choice(choices) + "&page=" + str(random.randint(1, 3)))
with open(sys.argv[1], "w") as out:
    out.write("\n".join(sorted(seen, key=lambda q: random.random())) + "\n")
PY
cat >"$work/crm.txt" <<'QUERIES'
/admin/members
/admin/members?q=Byrne
/admin/members?region=london&art=music
/admin/members?q=bench+arts+company+12
/admin/members?kind=organisation&region=wales
/admin/members?status=left
/admin/members?newsletter=yes&art=theatre
/admin/members?q=member4711@bench
/admin/members?setting=adult-prison-men&page=5
/admin/members?q=Priya&status=all
/admin/members?art=dance&newsletter=no
/admin/members?q=Okonkwo&region=scotland
/admin/members?kind=individual&page=40
/admin/members?q=probation
/admin/members?region=north-west&setting=young-offender-institution
/admin/members?q=Quayle+1
QUERIES

echo "== load: ${DURATION}s each, $THREADS threads"
uptime
load directory "$base" "$work/directory.txt" "$WARMUP"
load directory-new "$base" "$work/directory-new.txt" "$WARMUP_NEW"
load crm "$base" "$work/crm.txt" "$WARMUP" "$CRM_CONNECTIONS" "Cookie: JSESSIONID=$session"
load crm-one "$base" "$work/crm.txt" "$WARMUP" 1 "Cookie: JSESSIONID=$session"

echo "== exporting every member (status=all) for analysis, then for contact"
jcmd "$app_pid" GC.run >/dev/null
heap_before=$(jcmd "$app_pid" GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -n 1)
gc_lines=$(wc -l <"$work/gc-second.log")
export_line() {
  curl -s -o "$work/export-$1.csv" -w '%{time_total} %{size_download} %{time_starttransfer}' -H "Cookie: JSESSIONID=$session" \
    "$base/admin/members/export.csv?purpose=$1&status=all"
}
read -r analysis_s analysis_bytes analysis_first <<<"$(export_line analysis)"
read -r contact_s contact_bytes contact_first <<<"$(export_line contact)"
analysis_rows=$(( $(wc -l <"$work/export-analysis.csv") - 1 ))
contact_rows=$(( $(wc -l <"$work/export-contact.csv") - 1 ))
export_heap_peak=$(tail -n +"$((gc_lines + 1))" "$work/gc-second.log" | awk '/Pause/ && match($0, /[0-9]+M->[0-9]+M/) {
  split(substr($0, RSTART, RLENGTH), a, /M->|M/); if (a[1] > peak) peak = a[1] } END { print peak + 0 }')
jcmd "$app_pid" GC.run >/dev/null
heap_after=$(jcmd "$app_pid" GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -n 1)
rss_kb=$(sed -n 's/VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$app_pid/status")

echo
echo "Network benchmark: $MEMBERS members, $LISTINGS listings, $(nproc) cores, $(java -version 2>&1 | head -n 1), -Xmx$HEAP, PostgreSQL at $PGHOST"
printf '%-50s %10s\n' "launch to ready (s)" "$(awk -v m="$ready" 'BEGIN { printf "%.1f", m / 1000 }')"
printf '%-50s %10s\n' "first search, every listing read into memory (s)" "$first_search"
printf '%-50s %10s\n' "listings the directory search finds" "$found"
printf '%-50s %10s %9s %9s %9s\n' "" "req/s" "p50 ms" "p99 ms" "non-2xx"
while read -r name rps p50 p99 bad; do
  label=$(case $name in
    directory) echo "directory search, facets (16 in turn, $CONNECTIONS conn.)" ;;
    directory-new) echo "directory search, every query new ($CONNECTIONS conn.)" ;;
    crm) echo "CRM search, signed in ($CRM_CONNECTIONS connections)" ;;
    crm-one) echo "CRM search, signed in (1 connection)" ;;
  esac)
  printf '%-50s %10s %9s %9s %9s\n' "$label" "$rps" "$p50" "$p99" "$bad"
done <"$work/results"
echo "targets: directory search p99 <= 50 ms at 32 connections; CRM search <= 200 ms"
printf '%-50s %10s\n' "export for analysis: rows" "$analysis_rows"
printf '%-50s %10s\n' "export for analysis: seconds (first byte)" "$analysis_s ($analysis_first)"
printf '%-50s %10s\n' "export for analysis: MB" "$(awk -v b="$analysis_bytes" 'BEGIN { printf "%.1f", b / 1048576 }')"
printf '%-50s %10s\n' "export for contact (consented only): rows" "$contact_rows"
printf '%-50s %10s\n' "export for contact: seconds" "$contact_s"
echo "target: 100,000 rows in <= 10 s with flat memory"
printf '%-50s %10s\n' "heap live before the exports, full GC (MB)" "$(( ${heap_before:-0} / 1024 ))"
printf '%-50s %10s\n' "heap in use during the exports, peak (MB)" "$export_heap_peak"
printf '%-50s %10s\n' "heap live after the exports, full GC (MB)" "$(( ${heap_after:-0} / 1024 ))"
printf '%-50s %10s\n' "JVM peak resident memory (MB)" "$(( ${rss_kb:-0} / 1024 ))"
