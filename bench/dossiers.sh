#!/usr/bin/env bash
# bench/dossiers.sh [events (1,000,000)] [events per chunk (1000)]
#
# The dossier-import job (Jakarta Batch) on PostgreSQL, on the provisioned WildFly (ioc.xml): N dossier events of
# N/4 dossiers (bench/DossierEvents.java: fixed seed, 40 procedures of 11 departments, pauses, late and open ones)
# imported from a JSON-lines file of the import folder; then the monitoring page per department over them.
# Prints: events per second (JBeret's start to end), the CPU seconds of the server and of PostgreSQL meanwhile,
# the outcome (dossiers by state and result, problems); the per-department page's server time (median and max
# of 10 requests after 3 not counted), and the same file imported again (every event a duplicate).
# Issue #22's goals: >= 20,000 events/s; the page <= 300 ms over 1,000,000 dossiers. Figures go to docs/perf.md.
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth).
set -euo pipefail
n=${1:-1000000}; chunk=${2:-1000}
. "$(dirname "$0")/server.sh"
BATCH=/deployment=ioc.ear/subdeployment=ioc-batch.jar/subsystem=batch-jberet
result() { awk -F'=> ' '/"result"/ {gsub(/[L }]/, "", $2); print $2}'; }
wait_job() {
  local s t0=$SECONDS last=0
  while true; do
    s=$(sql "SELECT batchstatus FROM job_execution WHERE jobexecutionid = $1")
    case $s in
      COMPLETED|STOPPED|ABANDONED) echo "execution $1: $s"; return;;
      FAILED) echo "execution $1: FAILED"; grep -A12 ' ERROR ' "$base/log/server.log" | tail -60; return 1;;
    esac
    if (( SECONDS - last >= 15 )); then
      last=$SECONDS; echo "  $((SECONDS - t0)) s: $(sql "SELECT count(*) FROM dossier_event") events stored"
      sql "ANALYZE dossier; ANALYZE dossier_event" >/dev/null
    fi
    sleep 1
  done
}
elapsed() { sql "SELECT round(extract(epoch FROM endtime - starttime)::numeric, 1) FROM job_execution WHERE jobexecutionid = $1"; }

echo "== generate $n events"
folder=$base/data/ioc/imports/dossiers
mkdir -p "$folder"
java bench/DossierEvents.java "$folder/bench-events.jsonl" "$work/procedures.sql" "$n"

start_server
sql "$(cat "$work/procedures.sql")" >/dev/null

run() {
  local server_cpu pg_cpu id
  server_cpu=$(cpu server); pg_cpu=$(cpu postgres)
  id=$(cli "$BATCH:start-job(job-xml-name=dossier-import, properties={file=bench-events.jsonl, itemCount=$chunk})" | result)
  wait_job "$id"
  local t; t=$(elapsed "$id")
  echo "$1: $n events in $t s = $(echo "scale=0; $n / $t" | bc) events/s"
  echo "CPU during the job: server $(echo "$(cpu server) - $server_cpu" | bc) s, PostgreSQL $(echo "$(cpu postgres) - $pg_cpu" | bc) s"
  echo "problems recorded: $(sql "SELECT count(*) FROM dossier_import_problem WHERE job_execution_id = $id")"
}
echo "== 1. import"
run "import"
# what autovacuum does after a bulk load (it is off on the CI machines' PostgreSQL; a city's server keeps it on):
# statistics, and the visibility map that lets the page's counts read the indexes alone
sql "VACUUM ANALYZE dossier" >/dev/null
sql "VACUUM ANALYZE dossier_event" >/dev/null
echo "dossiers: $(sql "SELECT string_agg(state || coalesce(' ' || result, '') || ' ' || c, ', ') FROM (SELECT state, result, count(*) c FROM dossier GROUP BY state, result ORDER BY 1, 2) s")"

echo "== 2. the per-department page over $(sql "SELECT count(*) FROM dossier") dossiers (analyst, the last 366 days)"
jar=$work/cookies
page="http://127.0.0.1:8080/ioc/console/dossiers/index.xhtml?from=$(date -d '-365 days' +%F)&to=$(date -d '+1 day' +%F)&by=department"
curl -s -c "$jar" -b "$jar" -o /dev/null "$page"
curl -s -c "$jar" -b "$jar" -o /dev/null -d j_username=analyst -d j_password=demo http://127.0.0.1:8080/ioc/j_security_check
times=()
for i in $(seq 1 13); do
  t=$(curl -s -b "$jar" -o "$work/page.html" -w '%{time_total}' "$page")
  grep -q 'data-key="\*"' "$work/page.html" || { echo "the page has no total row"; head -c 2000 "$work/page.html"; exit 1; }
  (( i > 3 )) && times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "page: median %.0f ms, max %.0f ms (10 requests)\n", a[int((NR+1)/2)]*1000, a[NR]*1000}'
grep -o '<tr data-key="\*"[^>]*>' "$work/page.html" | sed 's/data-//g'

echo "== 3. the same file again (every event a duplicate)"
run "again"
stop_server
