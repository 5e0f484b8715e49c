#!/usr/bin/env bash
# bench/two-nodes.sh [minutes (4)]
#
# Drill: the SLA watch on two IOC nodes sharing one PostgreSQL database: each node's timer fires every 20 s and
# one node runs each slot (timer_lease, TimerLeases). Node A (ports +0) and node B (ports +100, own Artemis, own
# transaction node id, syslog on 5614) run the same EAR; 20 incidents are given due times 1-3 minutes ahead.
# Halfway, node A is killed (kill -9). Prints:
#  - the ticks each node ran ("SLA watch tick", logged at DEBUG), and how many 20-second slots ran twice
#    (expected: none);
#  - how many incidents were warned and escalated, and how many more than once (expected: 20, 20, none);
#  - whether node B went on ticking after node A's death.
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth). A drill, not a test: its figures go to docs/perf.md by hand.
set -euo pipefail
minutes=${1:-4}
. "$(dirname "$0")/server.sh"
base_b=$work/ioc-bench-b
cp -r "$base" "$base_b"
node_b=
stop_b() {
  [ -n "$node_b" ] && kill "$node_b" 2>/dev/null || true
  for _ in $(seq 1 30); do pgrep -f "jboss.server.base.dir=$base_b" >/dev/null || return 0; sleep 1; done
  pkill -9 -f "jboss.server.base.dir=$base_b" || true
}
trap 'stop_b; cleanup' EXIT

echo "== node A (ports +0) and node B (ports +100) on one database"
start_server IOC_NODE_ID=ioc-a IOC_LOG_LEVEL=DEBUG
: > "$base_b/console.log"
env IOC_NODE_ID=ioc-b IOC_LOG_LEVEL=DEBUG IOC_SYSLOG_UDP_PORT=5614 IOC_SYSLOG_TCP_PORT=5614 \
  "$home/bin/standalone.sh" -c ioc.xml -Djboss.server.base.dir="$base_b" -Djboss.socket.binding.port-offset=100 \
  -Dioc-bench=true >> "$base_b/console.log" 2>&1 &
node_b=$!
for _ in $(seq 1 300); do grep -q 'WFLYSRV0025\|WFLYSRV0026' "$base_b/console.log" 2>/dev/null && break; sleep 1; done
grep -q 'Deployed "ioc.ear"' "$base_b/console.log" || { tail -50 "$base_b/console.log"; echo "node B: deployment failed"; exit 1; }

echo "== 20 incidents due in 1-3 minutes (warned 80 % of the way)"
sql "INSERT INTO incident (id, title, description, category_code, department_code, ward_code, address, latitude, longitude,
                      priority, state, created_at, due_at, warn_at, last_changed_by, last_changed_at, version)
     SELECT 20000000 + g, 'Diễn tập SLA ' || g, 'Sự cố diễn tập số ' || g, 'flooding', 'SXD', 'TAN_PHONG', 'Tổ 1',
            22.39, 103.45, 'NORMAL', 'NEW', now(), now() + (50 + g * 6) * interval '1 second',
            now() + (40 + g * 5) * interval '1 second', 'drill', now(), 0
       FROM generate_series(1, 20) g" >/dev/null
started=$(date +%s)
half=$(( minutes * 30 ))
sleep "$half"
echo "== $half s: kill -9 of node A"
# node A only: server.sh's kill_server matches every ioc-bench JVM, node B's too
pkill -9 -f "jboss.server.base.dir=$base " || true
wait "$server" 2>/dev/null || true; server=
pgrep -f "jboss.server.base.dir=$base_b" >/dev/null || { echo "node B is gone too: the drill is void"; exit 1; }
killed_at=$(date +%H:%M:%S)
sleep $(( minutes * 60 - half ))

ticks() { grep -c 'SLA watch tick' "$1/log/server.log" || true; }
echo "== after $(( $(date +%s) - started )) s"
echo "ticks on node A: $(ticks "$base")   on node B: $(ticks "$base_b") (of which after A's death at $killed_at: $(awk -v t="$killed_at" '/SLA watch tick/ && $2 > t' "$base_b/log/server.log" | wc -l))"
echo "20-second slots that ran on both nodes or twice: $(cat "$base/log/server.log" "$base_b/log/server.log" | grep 'SLA watch tick' \
  | awk '{split($2, t, /[:,]/); s = t[1] * 3600 + t[2] * 60 + t[3]; print int(s / 20)}' | sort | uniq -d | wc -l)"
echo "incidents warned: $(sql "SELECT count(DISTINCT incident_id) FROM incident_timeline WHERE action = 'sla-warning' AND incident_id > 20000000"), more than once: $(sql "SELECT count(*) FROM (SELECT incident_id FROM incident_timeline WHERE action = 'sla-warning' AND incident_id > 20000000 GROUP BY incident_id HAVING count(*) > 1) x")"
echo "incidents escalated: $(sql "SELECT count(DISTINCT incident_id) FROM incident_timeline WHERE action = 'escalated' AND incident_id > 20000000"), more than once: $(sql "SELECT count(*) FROM (SELECT incident_id FROM incident_timeline WHERE action = 'escalated' AND incident_id > 20000000 GROUP BY incident_id HAVING count(*) > 1) x")"
echo "the SLA watch's lease now: $(sql "SELECT 'slot ' || last_slot || ' run by ' || coalesce(node, '-') || ' at ' || ran_at FROM timer_lease WHERE name = 'sla-watch'")"
echo "node B's warnings about timers:"; grep -E 'WARN|ERROR' "$base_b/log/server.log" | grep -iE 'timer|WFLYEJB|SlaWatch' | tail -5 || true
stop_b
