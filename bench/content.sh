#!/usr/bin/env bash
# Content at scale: ARTICLES generated news and blog posts and PUBLICATIONS publications on the
# PostgreSQL server at 127.0.0.1:5432, indexed at start, then the home page, article pages and the
# site-wide search under load, beside nginx serving a saved article page as a static file in the
# same run. Prints figures and ratios; asserts nothing.
#
#   bench/content.sh                                 # 10,000 articles, 1,000 publications; needs a JDK, psql, wrk, nginx, curl, python3
#   ARTICLES=1000 PUBLICATIONS=100 DURATION=5 bench/content.sh   # a quick check that everything works
#   KEEP=1 bench/content.sh                          # keeps the work directory (logs, wrk output)
#
# Pages run twice: from a list in turn, as busy pages are asked for again and again (the in-memory
# cache of anonymous pages answers most), and with every address new (an article with a parameter
# no cache keeps), which is what rendering costs with no cache at all. Searches are made up at
# random, each address once, so no cache answers them.
#
# The targets it reports against: the home page and article pages at >= 10% of nginx's requests a
# second for the same bytes; site search p99 <= 50 ms at 32 connections. Traffic goes to 127.0.0.1
# only, every load run is bounded in time, and everything started here is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-10000}
PUBLICATIONS=${PUBLICATIONS:-1000}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-5}
WARMUP_NEW=${WARMUP_NEW:-15}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
HEAP=${HEAP:-512m}
APP_PORT=${APP_PORT:-18093}
NGINX_PORT=${NGINX_PORT:-18094}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=springboard_bench_content
for tool in wrk nginx curl java jcmd python3 psql; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install wrk nginx-light curl postgresql-client)" >&2; exit 1; }
done
pg_isready -q || { echo "no PostgreSQL server answers on $PGHOST:$PGPORT" >&2; exit 1; }

work=$(mktemp -d)
app_pid=""
. bench/lib.sh
cleanup() {
  stop_app
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  [ -n "${KEEP_DB:-}" ] || dropdb --if-exists "$DB" 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

start_app() {
  local launched
  launched=$(now_ms)
  SPRINGBOARD_DATA_DIR="$work/data" PORT=$APP_PORT SPRINGBOARD_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    SPRINGBOARD_DB_USERNAME="$PGUSER" java -Xmx"$HEAP" -Xlog:gc:file="$work/gc-$1.log" -jar "$jar" >"$work/app-$1.log" 2>&1 &
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

echo "== generating $ARTICLES articles and $PUBLICATIONS publications with SQL"
started=$(now_ms)
psql -q -v ON_ERROR_STOP=1 -d "$DB" -v articles="$ARTICLES" -v publications="$PUBLICATIONS" <<'SQL'
create temporary table words (w text[]);
insert into words values (string_to_array('music theatre dance prison probation choir workshop residency artists women men young '
  || 'people families visits wellbeing confidence hope belonging identity rehearsal performance gallery photography writing '
  || 'poetry songwriting education resettlement custody community release officers governors staff evaluation evidence '
  || 'funding commission partnership national alliance region forum policy minister justice learning creative voices', ' '));
create function pg_temp.para(seed int, n int) returns text language sql as $$
  select string_agg((select w[1 + ((seed * 7919 + i * 104729) % array_length(w, 1))] from words), ' ')
  from generate_series(1, n) i $$;
insert into content_item (kind, slug, title, standfirst, body, body_html, body_text, status, published_at, created_at, updated_at,
    authors, topics, art_forms, regions, publication_type)
select case when g <= :articles then (case when g % 4 = 0 then 'BLOG' else 'NEWS' end) else 'PUBLICATION' end,
       'bench-item-' || g,
       initcap(pg_temp.para(g, 6)),
       'A ' || pg_temp.para(g + 1, 24) || '.',
       b.body, '<p>' || replace(b.body, E'\n\n', '</p>' || E'\n' || '<p>') || '</p>', replace(b.body, E'\n\n', E'\n'),
       'PUBLISHED', now() - (g || ' hours')::interval, now() - (g || ' hours')::interval, now() - (g || ' hours')::interval,
       'Bench Writer ' || (g % 50), array['topic ' || (g % 20)],
       array[(array['music','theatre','dance','visual-arts','creative-writing','photography'])[1 + g % 6]],
       array[(array['london','north-west','wales','scotland','south-west','east-midlands'])[1 + g % 6]],
       case when g > :articles then (array['guidance','briefing','research-summary','policy-response','annual-report','toolkit'])[1 + g % 6] end
from generate_series(1, :articles + :publications) g,
     lateral (select pg_temp.para(g, 90) || '.' || E'\n\n' || pg_temp.para(g + 3, 120) || '.' || E'\n\n' || pg_temp.para(g + 5, 110) || '.' as body) b;
-- the next start finds the index behind the database and rebuilds it
delete from search_index_state where index_name = 'content';
vacuum analyze content_item;
SQL
echo "generated in $(( $(now_ms) - started )) ms"

echo "== starting on the generated data (the content index is rebuilt at start)"
start_app second
echo "ready after $ready ms"
index_line=$(grep -m1 "Rebuilding the content index" "$work/app-second.log" || true)
echo "${index_line#*ContentIndex*: }"
base="http://127.0.0.1:$APP_PORT"
found=$(curl -s "$base/search?q=music&type=news" | sed -n 's/.*News and blogs (\([0-9]*\)).*/\1/p' | head -n 1)
echo "news and blog posts the site search finds for 'music': $found"

echo "== addresses"
psql -qtA -d "$DB" -c "select case kind when 'PUBLICATION' then '/publications/' || slug
    else '/' || lower(kind) || '/' || to_char(published_at at time zone 'Europe/London', 'YYYY/MM') || '/' || slug end
  from content_item where slug like 'bench-item-%' order by random() limit 2000" >"$work/articles.txt"
# every visit a first one: the same pages with a parameter, which the page cache never keeps
awk '{ print $0 "?from=" NR }' "$work/articles.txt" >"$work/articles-new.txt"
python3 - "$work/search-new.txt" <<'PY'
import random, sys
random.seed(13)
words = ("music theatre dance prison probation choir workshop residency artists women young families visits wellbeing "
         "confidence hope belonging identity rehearsal performance gallery photography writing poetry songwriting education "
         "resettlement custody community release officers governors evaluation evidence funding partnership forum policy").split()
seen = set()
while len(seen) < 100000:
    q = "+".join(random.sample(words, random.choice([1, 1, 2, 2, 3])))
    seen.add("/search?q=" + q + random.choice(["", "", "&type=news", "&type=publications", "&type=news&page=2"]))
with open(sys.argv[1], "w") as out:
    out.write("\n".join(sorted(seen, key=lambda q: random.random())) + "\n")
PY
cat >"$work/search.txt" <<'QUERIES'
/search?q=music
/search?q=theatre+prison
/search?q=choir&type=news
/search?q=families+visits
/search?q=%22young+people%22
/search?q=wellbeing+-dance
/search?q=evaluation&type=publications
/search?q=songwriting+release
/search?q=gallery&type=news&page=2
/search?q=poetry+custody
/search?q=funding+partnership
/search?q=women+hope
/search?q=resettlement&type=publications
/search?q=officers+governors
/search?q=rehearsal+performance
/search?q=creative+voices
QUERIES
sample=$(head -n 1 "$work/articles.txt")
status=$(curl -s -o /dev/null -w '%{http_code}' "$base$sample")
[ "$status" = "200" ] || { echo "an article answered $status: $sample" >&2; exit 1; }

echo "== load: ${DURATION}s each, $CONNECTIONS connections, $THREADS threads"
uptime
load home "$base/"
# the first pass renders each page once, as a live site has its busy pages in the cache already
load article "$base" "$work/articles.txt" "$WARMUP_NEW"
load article-new "$base" "$work/articles-new.txt" "$WARMUP_NEW"
load search "$base" "$work/search.txt"
load search-new "$base" "$work/search-new.txt" "$WARMUP_NEW"

echo "== nginx serving the same article page as a file"
mkdir -p "$work/www"
curl -s "$base$sample" >"$work/www/article.html"
curl -s "$base/" >"$work/www/home.html"
chmod -R a+rX "$work"
start_nginx
load nginx "http://127.0.0.1:$NGINX_PORT/article.html"
load nginx-home "http://127.0.0.1:$NGINX_PORT/home.html"

heap_peak=$(awk '/Pause/ && match($0, /[0-9]+M->[0-9]+M/) { split(substr($0, RSTART, RLENGTH), a, /M->|M/);
  if (a[1] > b) b = a[1]; if (a[2] > c) c = a[2] } END { printf "%d %d", b, c }' "$work/gc-second.log")
read -r heap_before heap_after <<<"$heap_peak"
rss_kb=$(sed -n 's/VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$app_pid/status")

echo
echo "Content benchmark: $ARTICLES articles, $PUBLICATIONS publications, $(nproc) cores, $(java -version 2>&1 | head -n 1), -Xmx$HEAP"
echo "(pages saved for nginx: article $(du -k "$work/www/article.html" | cut -f1) KB, home $(du -k "$work/www/home.html" | cut -f1) KB)"
printf '%-44s %10s\n' "launch to ready, index rebuilt (s)" "$(awk -v m="$ready" 'BEGIN { printf "%.1f", m / 1000 }')"
printf '%-44s %10s %9s %9s %9s %9s\n' "" "req/s" "p50 ms" "p99 ms" "non-2xx" "/ nginx"
nginx_rps=$(awk '$1 == "nginx" { print $2 }' "$work/results")
nginx_home_rps=$(awk '$1 == "nginx-home" { print $2 }' "$work/results")
while read -r name rps p50 p99 bad; do
  label=$(case $name in
    home) echo "home page" ;;
    article) echo "article page ($(wc -l <"$work/articles.txt") in turn)" ;;
    article-new) echo "article page, every visit a first one" ;;
    search) echo "site search, 16 queries in turn" ;;
    search-new) echo "site search, every query new" ;;
    nginx) echo "nginx, the saved article page as a file" ;;
    nginx-home) echo "nginx, the saved home page as a file" ;;
  esac)
  against=$nginx_rps
  [ "$name" = "home" ] || [ "$name" = "nginx-home" ] && against=$nginx_home_rps
  printf '%-44s %10s %9s %9s %9s %8.2f%%\n' "$label" "$rps" "$p50" "$p99" "$bad" "$(awk -v a="$rps" -v n="$against" 'BEGIN { print 100 * a / n }')"
done <"$work/results"
echo "targets: home and article pages >= 10% of nginx for the same page; site search p99 <= 50 ms at $CONNECTIONS connections"
printf '%-44s %10s\n' "heap limit" "$HEAP"
printf '%-44s %10s\n' "heap in use before a collection, peak (MB)" "$heap_before"
printf '%-44s %10s\n' "heap after a collection, peak (MB)" "$heap_after"
printf '%-44s %10s\n' "JVM peak resident memory (MB)" "$(( ${rss_kb:-0} / 1024 ))"
