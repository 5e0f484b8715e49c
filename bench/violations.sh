#!/usr/bin/env bash
# bench/violations.sh [candidates (1,000,000)] [partitions (2)] [runs: 1 = full run + JDBC/COPY, 2 = kill at 50 % (12)]
#                     [candidates per chunk (500, the job's default)] [yardsticks: yes|no (yes)]
# BENCH_WARMUP=N [BENCH_WARMUP_ROUNDS=k]: run 1 first processes N other candidates on the same server, k times
# (not counted; the tables are emptied after each), as a long-running server has compiled the job's code before;
# without it the measured run includes the JIT compiler's warm-up (a third of the CPU in the first minute).
# BENCH_AFTER_LOAD='SQL': run after the candidates are generated (each time), for experiments on the schema, e.g.
# BENCH_AFTER_LOAD='ALTER TABLE violation DROP CONSTRAINT IF EXISTS fk_violation_candidate' (never a city's schema).
# While a job runs, the violation table is analyzed every 10 s, as autovacuum would (it is off on the CI
# machines' PostgreSQL, /etc/postgresql/15/main/conf.d/90-ci.conf): a city's server keeps it on.
#
# The violation-processing job (Jakarta Batch, JBeret) on PostgreSQL, on the provisioned WildFly (ioc.xml), with
# candidates generated in the database by bench/violation-candidates.sql (what they are: see there).
#  1. the job over all candidates: elapsed time (JBeret's start to end), candidates per second, the CPU seconds the
#     server (by kind of thread: batch, JIT compiler, GC, other) and PostgreSQL used meanwhile, the outcome
#     (violations, duplicates, skips); then, as yardsticks, the job's violation rows inserted again by a plain
#     JDBC batch insert and by PostgreSQL COPY (bench/ViolationInsert.java);
#  2. on a fresh database with the same candidates: kill -9 of the server when half the candidates are done,
#     restart of the server and of the job execution (restart-job), then: what was committed before the kill,
#     what the restarted execution read, whether every candidate was processed exactly once, and whether the
#     outcome equals the uninterrupted run's.
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth). Figures go to docs/perf.md by hand.
set -euo pipefail
n=${1:-1000000}; partitions=${2:-2}; runs=${3:-12}; chunk=${4:-500}; yardsticks=${5:-yes}
. "$(dirname "$0")/server.sh"
jdbc=$home/modules/org/postgresql/main/postgresql.jar
BATCH=/deployment=ioc.ear/subdeployment=ioc-batch.jar/subsystem=batch-jberet

result() { awk -F'=> ' '/"result"/ {gsub(/[L }]/, "", $2); print $2}'; }
load_candidates() {
  local t0=$SECONDS
  psql -h 127.0.0.1 -U postgres -d "$db" -q -v n="$n" -f "$root/bench/violation-candidates.sql" >/dev/null
  echo "generated $(sql "SELECT count(*) FROM violation_candidate") candidates and $(sql "SELECT count(*) FROM vehicle") vehicles in $((SECONDS - t0)) s"
  if [ -n "${BENCH_AFTER_LOAD:-}" ]; then echo "then: $BENCH_AFTER_LOAD"; sql "$BENCH_AFTER_LOAD" >/dev/null; fi
}
# candidates whose chunk has committed: the job's own progress rows (written in each chunk's transaction), not a
# count over the candidates, which would compete with the job for the database every few seconds
done_count() { sql "SELECT coalesce(sum(items_read), 0) FROM violation_job_progress"; }
wait_job() {  # execution id: waits for its end, printing progress every 10 s
  local s t0=$SECONDS last=0
  while true; do
    s=$(sql "SELECT batchstatus FROM job_execution WHERE jobexecutionid = $1")
    case $s in
      COMPLETED|STOPPED|ABANDONED) echo "execution $1: $s"; return;;
      FAILED) echo "execution $1: FAILED; the server log says:"; grep -A12 ' ERROR ' "$base/log/server.log" | tail -60; return 1;;
    esac
    if (( SECONDS - last >= 10 )); then
      last=$SECONDS; echo "  $((SECONDS - t0)) s: $(done_count) candidates done"
      # what autovacuum's analyze would do (it is off on the CI machines' PostgreSQL): without statistics, a
      # plan PostgreSQL cached while the violation table was empty (a sequential scan) is kept as it grows
      sql "ANALYZE violation" >/dev/null
    fi
    sleep 1
  done
}
elapsed() { sql "SELECT round(extract(epoch FROM endtime - starttime)::numeric, 1) FROM job_execution WHERE jobexecutionid = $1"; }
outcome() {
  sql "SELECT string_agg(status || ' ' || c, ', ' ORDER BY status) FROM (SELECT status, count(*) c FROM violation_candidate GROUP BY status) s"
  sql "SELECT 'violations: ' || string_agg(state || ' ' || c, ', ' ORDER BY state) FROM (SELECT state, count(*) c FROM violation GROUP BY state) v"
  sql "SELECT 'skips recorded: ' || count(*) FROM violation_skip"
}
# a long-running server has compiled the job's code long ago: with BENCH_WARMUP=N, a first job over N other
# candidates, then the tables emptied, so that the measured run does not pay for all of the JIT's warm-up;
# BENCH_WARMUP_ROUNDS=k repeats it k times (default 1), printing how many methods the JIT compiled meanwhile
warm_up() {
  [ "${BENCH_WARMUP:-0}" -gt 0 ] || return 0
  local n_measured=$n warm round compiled pid
  pid=$(pgrep -f 'jboss-modules.*ioc-bench' | head -1)
  n=$BENCH_WARMUP
  for round in $(seq 1 "${BENCH_WARMUP_ROUNDS:-1}"); do
    load_candidates >/dev/null
    compiled=$(jstat -compiler "$pid" | awk 'NR == 2 {print $1}')
    warm=$(cli "$BATCH:start-job(job-xml-name=violation-processing, properties={partitions=$partitions, itemCount=$chunk})" | result)
    out=$(wait_job "$warm") || { echo "$out"; exit 1; }
    echo "warm-up $round: $n candidates in $(elapsed "$warm") s (not counted), $(( $(jstat -compiler "$pid" | awk 'NR == 2 {print $1}') - compiled )) methods compiled meanwhile"
    sql "TRUNCATE violation_aud, violation, violation_skip, violation_job_progress, violation_candidate, vehicle CASCADE" >/dev/null
  done
  n=$n_measured
}
# the server's CPU seconds so far per kind of thread: "batch jit gc other" (from /proc/<pid>/task/*/stat; the
# thread's name is in parentheses and may hold spaces, so the fields are counted after the last ')')
server_threads() {
  local hz pid
  hz=$(getconf CLK_TCK)
  pid=$(pgrep -f 'jboss-modules.*ioc-bench' | head -1)
  for task in /proc/"$pid"/task/*; do
    echo "$(cat "$task/comm" 2>/dev/null)|$(sed 's/.*) //' "$task/stat" 2>/dev/null | awk '{print $12 + $13}')"
  done | awk -F'|' -v hz="$hz" '
    $1 ~ /^Batch Thread/ {b += $2; next}
    $1 ~ /^C[12] CompilerThre/ {j += $2; next}
    $1 ~ /^(GC Thread|G1 )/ {g += $2; next}
    $2 != "" {o += $2}
    END {printf "%.1f %.1f %.1f %.1f\n", b / hz, j / hz, g / hz, o / hz}'
}
step_reads() { sql "SELECT coalesce(sum(readcount), 0) FROM step_execution WHERE jobexecutionid = $1"; }

if [[ $runs == *1* ]]; then
  echo "== 1. the job over $n candidates, $partitions partitions, chunks of $chunk"
  start_server
  warm_up
  load_candidates
  server_cpu=$(cpu server); pg_cpu=$(cpu postgres); threads_before=$(server_threads)
  exec=$(cli "$BATCH:start-job(job-xml-name=violation-processing, properties={partitions=$partitions, itemCount=$chunk})" | result)
  wait_job "$exec"
  secs=$(elapsed "$exec")
  echo "JOB: $n candidates in $secs s: $(echo "$n / $secs" | bc) candidates/s"
  echo "CPU during the job: server $(echo "$(cpu server) - $server_cpu" | bc) s, PostgreSQL $(echo "$(cpu postgres) - $pg_cpu" | bc) s"
  echo "$threads_before $(server_threads)" | awk '{printf "  the server'"'"'s: batch threads %.1f s, JIT compiler %.1f s, GC %.1f s, other %.1f s\n", $5 - $1, $6 - $2, $7 - $3, $8 - $4}'
  outcome | tee "$work/outcome-1.txt"
  if [ "$yardsticks" = yes ]; then
    echo "== yardsticks: the same violation rows, insert only"
    java -cp "$jdbc" "$root/bench/ViolationInsert.java" "$IOC_DB_URL"
  fi
  stop_server
fi

if [[ $runs == *2* ]]; then
  echo "== 2. kill -9 at 50 %, restart"
  new_database
  start_server
  warm_up
  load_candidates
  exec=$(cli "$BATCH:start-job(job-xml-name=violation-processing, properties={partitions=$partitions, itemCount=$chunk})" | result)
  t0=$SECONDS
  until [ "$(done_count)" -ge $((n / 2)) ]; do sleep 0.5; done
  kill_server
  committed=$(done_count)
  echo "killed the server after $((SECONDS - t0)) s; candidates committed before the kill: $committed"
  t1=$SECONDS
  start_server
  echo "server back in $((SECONDS - t1)) s; execution $exec in the repository: $(sql "SELECT batchstatus FROM job_execution WHERE jobexecutionid = $exec")"
  again=$(cli "$BATCH:restart-job(execution-id=$exec)" | result)
  wait_job "$again"
  read2=$(step_reads "$again")
  echo "restarted execution $again: read $read2 candidates in $(elapsed "$again") s"
  echo "committed before the kill + read after the restart = $((committed + read2)) (of $n)"
  outcome | tee "$work/outcome-2.txt"
  twice=$(sql "SELECT count(*) FROM (SELECT candidate_id FROM violation GROUP BY candidate_id HAVING count(*) > 1) d")
  echo "candidates with two violations: $twice"
  if [ -f "$work/outcome-1.txt" ]; then
    cmp -s "$work/outcome-1.txt" "$work/outcome-2.txt" && echo "outcome equals the uninterrupted run's" || echo "OUTCOME DIFFERS from the uninterrupted run's"
  fi
fi
