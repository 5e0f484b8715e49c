#!/usr/bin/env bash
# bench/detections.sh throughput [seconds] [connections] [runs, e.g. 123 or 3]
# bench/detections.sh crash [events]
#
# The detection pipeline on PostgreSQL, on the provisioned WildFly (ioc.xml, PostgreSQL datasource), with a
# remote JMS client (bench/DetectionLoad.java: asynchronous durable sends over HTTP upgrade, several
# connections) on the same 2 cores.
#  throughput: three runs of [seconds] each (default 300), printed side by side:
#    1. Artemis alone: durable sends to a queue nobody consumes (IocBenchRaw, made here; its journal is
#       deleted before the next run);
#    2. the IOC: events to IocDetectionEvents, consumed in batches (IOC_DETECTION_BATCH=500, 2 consumers),
#       stored in PostgreSQL: committed rows per second and send-to-store latency (received_at - at);
#    3. the naive design: the same consumer with one message per XA transaction and 16 consumers
#       (IOC_DETECTION_BATCH=1, IOC_DETECTION_CONSUMERS=16), like an MDB with maxSession 16; its backlog is
#       not drained (rows stored during the send are counted).
#    4. (only when asked: runs "4") the IOC as in 2, with the generator paced at BENCH_RATE events/s (10,000)
#       for [seconds], after 60 s of the same load in the same generator JVM (warm-up, not counted): the
#       send-to-store latency of a sustained rate.
#  BENCH_HEAP (e.g. "-Xms2g -Xmx2g"): the server's heap (JBOSS_JAVA_SIZING); standalone.conf's default is 512 MB.
#  BENCH_PACED_SECONDS: run 4's length when it should differ from [seconds] (the goal's 5 minutes: 300).
#  For runs 2 and 3, "stored while sending" counts rows stored during the [seconds] of sending: the
#  consumer's sustained rate while the generator shares the 2 cores; run 2 then drains its backlog.
#  crash: sends [events] (default 100,000), kills the server with kill -9 halfway, restarts it, waits for the
#    queue to drain, and checks that every event the broker acknowledged is stored exactly once.
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth). Figures go to docs/perf.md by hand.
set -euo pipefail
mode=${1:-throughput}
. "$(dirname "$0")/server.sh"
queue_depth() {
  "$home/bin/jboss-cli.sh" --connect --command="/subsystem=messaging-activemq/server=default/jms-queue=IocDetectionEvents:count-messages" \
    | awk -F'=> ' '/result/ {gsub(/[L }]/, "", $2); print $2}'
}
load() {  # run-name, then DetectionLoad options
  local name=$1; shift
  java -cp "$cp" "$root/bench/DetectionLoad.java" --run "$name" "$@" > "$work/$name.txt" 2>&1
  grep SUMMARY "$work/$name.txt"
}
drain() {  # waits (at most 10 min) until the detection queue is empty
  for _ in $(seq 1 600); do [ "$(queue_depth)" = "0" ] && return 0; sleep 1; done
  echo "the queue did not drain"; return 1
}
stored() {  # run-name: rows/s from the first to the last stored, and send-to-store latency percentiles (ms)
  sql "SELECT count(*) || ' rows stored in ' || round(extract(epoch FROM max(received_at) - min(received_at))::numeric, 1)
         || ' s: ' || round(count(*) / greatest(extract(epoch FROM max(received_at) - min(received_at)), 0.001)) || ' rows/s; send to store p50 '
         || round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM received_at - observed_at)) * 1000)::numeric)
         || ' ms, p99 ' || round((percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM received_at - observed_at)) * 1000)::numeric)
         || ' ms' FROM detection_event WHERE event_id LIKE 'bench-$1-%'"
}

stored_by() {  # run-name, seconds: rows stored during the send (the backlog of a slow consumer is not drained)
  sql "SELECT count(*) || ' rows in the first $2 s: ' || round(count(*) / $2.0) || ' rows/s' FROM detection_event
       WHERE event_id LIKE 'bench-$1-%' AND received_at < (SELECT min(observed_at) FROM detection_event
       WHERE event_id LIKE 'bench-$1-%') + interval '$2 seconds'"
}

if [ "$mode" = throughput ]; then
  secs=${2:-300}; conns=${3:-4}; runs=${4:-123}   # runs: which of the three to do, e.g. 3
  echo "== $secs s per run, $conns connections, one server, 2 cores shared with the load generator"
  heap=(); [ -n "${BENCH_HEAP:-}" ] && heap=(JBOSS_JAVA_SIZING="$BENCH_HEAP")
  start_server "${heap[@]}"
  if [[ $runs == *1* ]]; then
  cli "/subsystem=messaging-activemq/server=default/jms-queue=IocBenchRaw:add(entries=[java:/jms/queue/IocBenchRaw])" >/dev/null
  raw=$(( secs < 30 ? secs : 30 ))   # 30 s are enough to see the broker's rate; longer only fills the disk
  printf '%-44s %s\n' "1. Artemis alone (durable, no consumer, ${raw} s):" "$(load raw --seconds "$raw" --connections "$conns" --queue IocBenchRaw)"
  # a fresh journal for the next runs (removing a queue of a million messages takes longer than a restart)
  stop_server
  rm -rf "$base/data/activemq"
  start_server "${heap[@]}"
  fi
  if [[ $runs == *2* ]]; then
  printf '%-44s %s\n' "2. IOC, batches of 500 (sent):" "$(load batched --seconds "$secs" --connections "$conns")"
  printf '%-44s %s\n' "   stored while sending:" "$(stored_by batched "$secs")"
  drain
  printf '%-44s %s\n' "   stored, all (after the queue drained):" "$(stored batched)"
  fi
  if [[ $runs == *4* ]]; then
  rate=${BENCH_RATE:-10000}
  paced_secs=${BENCH_PACED_SECONDS:-$secs}
  printf '%-44s %s\n' "4. IOC, batches of 500, paced at $rate/s (sent):" "$(load paced --seconds "$paced_secs" --connections "$conns" --rate "$rate" --warmup 60)"
  printf '%-44s %s\n' "   stored while sending:" "$(stored_by paced "$paced_secs")"
  drain
  printf '%-44s %s\n' "   stored, all (after the queue drained):" "$(stored paced)"
  fi
  if [[ $runs == *3* ]]; then
  stop_server
  rm -rf "$base/data/activemq"
  start_server "${heap[@]}" IOC_DETECTION_BATCH=1 IOC_DETECTION_CONSUMERS=16
  printf '%-44s %s\n' "3. naive: 1 message per XA tx, 16 consumers (sent):" "$(load naive --seconds "$secs" --connections "$conns")"
  printf '%-44s %s\n' "   stored while sending:" "$(stored_by naive "$secs")"
  fi
  exit 0
fi

if [ "$mode" = crash ]; then
  events=${2:-100000}
  start_server
  echo "== sending $events events; kill -9 of the server halfway"
  java -cp "$cp" "$root/bench/DetectionLoad.java" --run crash --seconds 600 --connections 4 --count "$events" \
    --acked "$work/acked.txt" > "$work/crash.txt" 2>&1 &
  gen=$!
  for _ in $(seq 1 600); do
    n=$(sql "SELECT count(*) FROM detection_event WHERE event_id LIKE 'bench-crash-%'")
    [ "$n" -ge $((events / 2)) ] && break
    sleep 0.5
  done
  pid=$(pgrep -f 'jboss-modules.*ioc-bench' | head -1)
  kill -9 "$pid"; echo "killed the server (pid $pid) with $n events stored"
  wait "$gen" || true
  grep SUMMARY "$work/crash.txt" || tail -3 "$work/crash.txt"
  wait "$server" 2>/dev/null || true; server=
  echo "== restart"
  start_server
  drain
  acked=$(sort -u "$work/acked.txt" | wc -l)
  sql "CREATE TABLE bench_acked (event_id VARCHAR(120) PRIMARY KEY)"
  sort -u "$work/acked.txt" | psql -h 127.0.0.1 -U postgres -d "$db" -q -c "\\copy bench_acked FROM STDIN"
  # messages of XA transactions that were prepared when the server died come back when the transaction
  # manager's recovery resolves them (periodic recovery: every 2 minutes): wait for it, at most 6 minutes
  for i in $(seq 1 36); do
    missing=$(sql "SELECT count(*) FROM bench_acked a WHERE NOT EXISTS (SELECT 1 FROM detection_event e WHERE e.event_id = a.event_id)")
    [ "$missing" = 0 ] && break
    echo "  $missing acknowledged events not stored yet (in-doubt transactions wait for recovery); $((i * 10)) s"
    sleep 10
  done
  twice=$(sql "SELECT count(*) FROM (SELECT event_id FROM detection_event GROUP BY event_id HAVING count(*) > 1) d")
  total=$(sql "SELECT count(*) FROM detection_event WHERE event_id LIKE 'bench-crash-%'")
  echo "acknowledged by the broker: $acked; stored: $total; acknowledged but missing: $missing; stored twice: $twice"
  [ "$missing" = 0 ] && [ "$twice" = 0 ] && echo "CRASH TEST PASSED" || { echo "CRASH TEST FAILED"; exit 1; }
  exit 0
fi
echo "usage: bench/detections.sh throughput [seconds] [connections] | crash [events]"; exit 2
