#!/usr/bin/env bash
# bench/portal.sh [seconds-per-run] [drill-minutes]      (drill-minutes 0: no drill; PORTAL_WARMUP_ROUNDS=n caps
#                                                        the warm-up at n rounds of 30 s, default 24)
#
# The citizen portal and the Open311 API under load, with 100,000 incidents and citizen reports in
# PostgreSQL, on the provisioned WildFly (ioc.xml, PostgreSQL datasource, default JVM options: 512 MB heap).
# Prints, for each run, requests per second and the latency percentiles wrk measures, next to a static page
# served by the same server in the same session; then the heap drill: cookieless portal traffic for
# [drill-minutes] minutes with the old generation and the HTTP sessions sampled every 30 s.
# Needs: PostgreSQL on 127.0.0.1:5432 (trust auth), wrk (installed from Debian's packages if missing).
# Figures go to docs/perf.md by hand: they are measurements, never test assertions.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
secs=${1:-30}
drill=${2:-10}
clients=64

command -v wrk >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
pkill -f 'jboss-modules.*ioc-bench' 2>/dev/null || true

echo "== build and provision for PostgreSQL"
mvn -B -ntp -q package -Dioc.db=postgresql -DskipTests -DskipITs
home=$root/wildfly-config/target/wildfly-39.0.1.Final
base=$(mktemp -d)/ioc-bench
cp -r "$home/standalone" "$base"
rm -rf "$base/data" "$base/log" "$base/deployments/"*
db="ioc_bench_$$"
psql -h 127.0.0.1 -U postgres -d postgres -q -c "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  # the server's JVM outlives its script, and may take long to stop under a backlog: TERM, then KILL
  pkill -f 'jboss-modules.*ioc-bench' 2>/dev/null || true
  for _ in $(seq 1 20); do pgrep -f 'jboss-modules.*ioc-bench' >/dev/null || break; sleep 1; done
  pkill -9 -f 'jboss-modules.*ioc-bench' 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  rm -rf "$(dirname "$base")"
}
trap cleanup EXIT

export IOC_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" IOC_DB_USER=postgres IOC_DB_PASSWORD=unused
cp "$root/ear/target/ioc.ear" "$base/deployments/"
"$home/bin/standalone.sh" -c ioc.xml -Djboss.server.base.dir="$base" -Dioc-bench=true > "$base/console.log" 2>&1 &
server=$!
for _ in $(seq 1 180); do grep -q 'WFLYSRV0025' "$base/console.log" 2>/dev/null && break; sleep 1; done
grep -q 'Deployed "ioc.ear"' "$base/console.log" || { tail -50 "$base/console.log"; echo "deployment failed"; exit 1; }
pid=$(pgrep -f 'jboss-modules.*ioc-bench' | head -1)

echo "== seed 100,000 incidents and citizen reports"
psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -q -f "$root/bench/seed-100k.sql"
code=$(psql -h 127.0.0.1 -U postgres -d "$db" -At -c "SELECT tracking_code FROM citizen_report WHERE id = 10050000")
# the tracking runs must measure a found report, not the "no such code" answer (nor the throttled one)
curl -s "http://127.0.0.1:8080/ioc/portal/track.xhtml?code=$code" | grep -q 'id="status"' \
  || { echo "the tracking page does not show seeded report $code"; exit 1; }

run() { # name, connections, url or script
  local name=$1 conns=$2; shift 2
  local out
  out=$(wrk -t2 -c"$conns" -d"${secs}s" --latency "$@" 2>&1)
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr '\n' ' ' || true)
  printf '%-46s %4s conns  %9s req/s  p50 %8s  p99 %8s  %s\n' "$name" "$conns" "$rps" "$p50" "$p99" "$errors"
}

base_url=http://127.0.0.1:8080/ioc
echo "== warm-up (30 s rounds of the tracking page: at least 10, then until fewer than 100 methods are compiled in one; at most ${PORTAL_WARMUP_ROUNDS:-24})"
wrk -t2 -c16 -d20s "$base_url/portal/reports.xhtml" >/dev/null
wrk -t2 -c16 -d10s "$base_url/portal/index.xhtml" >/dev/null
wrk -t2 -c8 -d10s "$base_url/api/open311/v2/requests/10050000.json" >/dev/null
wrk -t2 -c16 -d30s -s "$root/bench/portal-mix.lua" "$base_url" >/dev/null
# the tracking page for at least 5 minutes, then until the JIT compiler settles: on a fresh server C2 keeps
# compiling for 5-10 minutes of load (300-650 methods per 30 s at first), and the tracking page's figures rise by
# half or more meanwhile (session 12: 534 -> 1,456 and 846 -> 1,732 views/s over ten rounds). A city's server has
# run for days.
compiled() { jstat -compiler "$pid" | awk 'NR == 2 {print $1}'; }
for round in $(seq 1 "${PORTAL_WARMUP_ROUNDS:-24}"); do
  before=$(compiled)
  rate=$(wrk -t2 -c64 -d30s -s "$root/bench/portal-track.lua" "$base_url" | awk '/Requests\/sec/ {print $2}')
  newly=$(( $(compiled) - before ))
  printf '   warm-up %2d: tracking %8s views/s, %4d methods compiled in 30 s\n' "$round" "$rate" "$newly"
  [ "$round" -ge 10 ] && [ "$newly" -lt 100 ] && break
done

echo "== $secs s per run; one server, 2 cores shared with wrk"
run "static page (portal/help.html)" $clients "$base_url/portal/help.html"
run "portal home (categories, wards)" $clients "$base_url/portal/index.xhtml"
run "public list, page 1 of 100k (20 rows)" $clients "$base_url/portal/reports.xhtml"
run "public list, flooding, open, page 3" $clients "$base_url/portal/reports.xhtml?category=flooding&status=open&page=3"
run "tracking page, one report" $clients "$base_url/portal/track.xhtml?code=$code"
run "tracking page, 100k reports at random" $clients -s "$root/bench/portal-track.lua" "$base_url"
run "tracking page with its reply form (do=reply)" $clients "$base_url/portal/track.xhtml?code=$code&do=reply"
run "portal mix (bench/portal-mix.lua: 7 pages)" $clients -s "$root/bench/portal-mix.lua" "$base_url"
run "Open311 GET requests/{id}.json" $clients "$base_url/api/open311/v2/requests/10050000.json"
run "Open311 GET requests.json (90 days: 1000)" 8 "$base_url/api/open311/v2/requests.json"
run "Open311 POST requests.json" 8 -s "$root/bench/open311-post.lua" "$base_url/api/open311/v2/requests.json"
# last: a server that falls behind keeps working off the requests wrk gave up on, which would slow the next run
run "public list, 21,000 filter+page addresses (misses)" $clients -s "$root/bench/portal-pages.lua" "$base_url"

echo "== the uncached public list's two queries (category, ward, open): the count (up to 1,001) and a page"
filter="r.category_code IN ('road-damage') AND r.ward_code = 'DOAN_KET' AND coalesce(s.state, i.state) IN ('NEW', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED')"
from="FROM citizen_report r JOIN incident i ON i.id = r.incident_id LEFT JOIN incident s ON s.id = i.merged_into_id"
psql -h 127.0.0.1 -U postgres -d "$db" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT r.id $from WHERE $filter ORDER BY r.submitted_at DESC LIMIT 1001"
psql -h 127.0.0.1 -U postgres -d "$db" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT r.id, r.description, i.state $from WHERE $filter ORDER BY r.submitted_at DESC, r.id DESC OFFSET 100 LIMIT 20"

if [ "$drill" -eq 0 ]; then exit 0; fi
echo "== heap drill: $drill min of cookieless portal traffic, $clients clients"
wrk -t2 -c$clients -d"${drill}m" -s "$root/bench/portal-mix.lua" "$base_url" > "$base/drill.txt" 2>&1 &
drill_pid=$!
printf '%6s %14s %14s %10s\n' "time" "old gen (KiB)" "heap (KiB)" "sessions"
drill_start=$(date +%s)
for i in $(seq 0 $((drill * 2))); do
  gc=$(jstat -gc "$pid" | tail -1)
  old=$(awk '{print $8}' <<<"$gc")
  heap=$(awk '{printf "%.0f", $3+$4+$6+$8}' <<<"$gc")
  sessions=$("$home/bin/jboss-cli.sh" -c --command='/deployment=ioc.ear/subdeployment=ioc-web.war/subsystem=undertow:read-attribute(name=active-sessions)' 2>/dev/null \
             | awk -F'=> ' '/result/ {print $2}' | tr -d '} ')
  printf '%5ss %14s %14s %10s\n' $(( $(date +%s) - drill_start )) "$old" "$heap" "$sessions"
  kill -0 $drill_pid 2>/dev/null || break
  sleep 25
done
wait $drill_pid || true
grep -E 'Requests/sec|requests in|Non-2xx|Socket errors' "$base/drill.txt"
jcmd "$pid" GC.run >/dev/null; sleep 2
echo "after the drill and a full GC: $(jcmd "$pid" GC.heap_info | head -2 | tail -1)"

