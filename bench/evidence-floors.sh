#!/usr/bin/env bash
# The floors under the Evidence Library's import: N generated entries (the same generator and seed as
# evidence.sh) indexed by Lucene alone with the library's English analysis on two threads, and copied
# into PostgreSQL with COPY, its cheapest way in, into a plain table of text columns stored as the
# application stores report text (uncompressed). Neither parses, checks, tags or maps anything: what
# the import takes beyond the two is the application's own work. Prints figures; asserts nothing.
#
#   bench/evidence-floors.sh              # 100,000 entries; needs a JDK, python3, psql and the PostgreSQL server
#   N=2000 bench/evidence-floors.sh       # a quick check that it works
#   JAR=target/springboard-….jar …        # an existing jar, not built again (evidence.sh passes its own)
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-100000}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=springboard_bench_floors
for tool in java python3 psql unzip; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done
pg_isready -q || { echo "no PostgreSQL server answers on $PGHOST:$PGPORT" >&2; exit 1; }

work=$(mktemp -d)
cleanup() {
  dropdb --if-exists "$DB" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# CPU seconds so far of every PostgreSQL process, with those of the sessions that have ended (the server's
# first process counts them as its children's)
pg_cpu() {
  local total=0 pid
  for pid in $(pgrep -x postgres); do
    total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  total=$(( total + $(awk '{ print $16 + $17 }' "/proc/$(pgrep -o -x postgres)/stat") ))
  awk -v t="$total" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'
}

if [ -z "${JAR:-}" ]; then
  echo "== building the jar (for its Lucene)"
  ./mvnw -q -B -DskipTests package
fi
jar=${JAR:-$(ls target/springboard-*.jar | grep -v plain | head -n 1)}
unzip -q -j -o "$jar" 'BOOT-INF/lib/lucene-core-*' 'BOOT-INF/lib/lucene-analysis-common-*' -d "$work/lib"

echo "== generating $N entries"
python3 bench/generate-evidence.py "$N" >"$work/evidence.tsv"

echo "== Lucene alone, two threads"
read -r docs gigabytes lucene_s lucene_cpu <<<"$(java -Xmx1g -cp "$work/lib/*" bench/LuceneFloor.java "$work/evidence.tsv" 2 "$work/index" | tail -n 1)"

echo "== PostgreSQL COPY"
dropdb --if-exists "$DB"
createdb "$DB"
columns=$(head -n 1 "$work/evidence.tsv" | tr '\t' '\n' | awk '{ printf "%s%s text", (NR > 1 ? ", " : ""), $1 }')
psql -q -v ON_ERROR_STOP=1 -d "$DB" -c "create table entry ($columns)" -c "alter table entry alter column full_text set storage external"
before=$(pg_cpu)
started=$(date +%s%N)
# COPY's text format reads backslashes as escapes: the file's are plain characters
tail -n +2 "$work/evidence.tsv" | sed 's/\\/\\\\/g' | psql -q -v ON_ERROR_STOP=1 -d "$DB" -c "\\copy entry from stdin"
copy_s=$(awk -v a="$started" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
copy_cpu=$(awk -v a="$before" -v b="$(pg_cpu)" 'BEGIN { printf "%.1f", b - a }')
size=$(psql -tA -d "$DB" -c "select pg_size_pretty(pg_total_relation_size('entry'))")

echo
echo "Evidence import floors: $docs entries, $gigabytes GB of text, $(nproc) cores, $(java -version 2>&1 | head -n 1), PostgreSQL at $PGHOST"
printf '%-60s %10s\n' "Lucene alone, English analysis, two threads (s)" "$lucene_s"
printf '%-60s %10s\n' "  of which CPU (s)" "$lucene_cpu"
printf '%-60s %10s\n' "PostgreSQL COPY of the same rows (s)" "$copy_s"
printf '%-60s %10s\n' "  of which PostgreSQL's CPU (s)" "$copy_cpu"
printf '%-60s %10s\n' "  table size" "$size"
awk -v l="$lucene_s" -v c="$copy_s" 'BEGIN { printf "the import'"'"'s target: at most 1.5 times the two floors one after the other, %.1f s\n", 1.5 * (l + c) }'
