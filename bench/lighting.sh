#!/usr/bin/env bash
# bench/lighting.sh [luminaires (50000)] [per gateway (100)]
#
# Street lighting (issue #23) on PostgreSQL, on the provisioned WildFly (ioc.xml) with its own Mosquitto:
#  1. the effective levels of a day for every luminaire (bench/LightingPlanBench.java, no server);
#  2. N luminaires of N/per gateways in the database (SQL), then the burst after a province-wide supply restore:
#     every luminaire reports at once (bench/LightingLoad.java, one message per gateway), twice (the second with 1 %
#     lamp failures); the readings stored and judged per second (from the first message published to the last
#     luminaire's state in the database), the faults opened, the server's and PostgreSQL's CPU seconds.
# Goals: >= 5,000 readings/s on 2 cores, the burst of 50,000 absorbed with none lost; all levels of a day <= 5 s.
# IOC_LIGHTING_MQTT_LANES (default 4) sets the messages taken in parallel. Figures go to docs/perf.md. Needs PostgreSQL on 127.0.0.1:5432 (trust auth) and Debian's mosquitto.
set -euo pipefail
n=${1:-50000}; per=${2:-100}
gateways=$((n / per))
. "$(dirname "$0")/server.sh"

echo "== 1. the levels of a day for $n luminaires"
java -cp "$root/ejb/target/classes:$cp" bench/LightingPlanBench.java "$n"

port=18831
mkdir -p "$work/mqtt" && chmod 777 "$work/mqtt"
printf 'listener %d 127.0.0.1\nallow_anonymous true\nmax_queued_messages 100000\npersistence true\npersistence_location %s/\n' \
  "$port" "$work/mqtt" > "$work/mqtt/mosquitto.conf"
/usr/sbin/mosquitto -c "$work/mqtt/mosquitto.conf" > "$work/mqtt/log" 2>&1 &
mqtt=$!
trap 'kill $mqtt 2>/dev/null; cleanup' EXIT

start_server IOC_MQTT_URL="tcp://127.0.0.1:$port" IOC_MQTT_CLIENT_ID=bench IOC_LIGHTING_MQTT_LANES="${IOC_LIGHTING_MQTT_LANES:-4}"
sql "INSERT INTO lighting_group (code, name_vi, name_en, calendar_code, version) SELECT 'G-B-' || g, 'Nhóm ' || g, 'Group ' || g, 'CAL-CITY', 0 FROM generate_series(0, $((gateways - 1))) g" >/dev/null
sql "INSERT INTO luminaire (code, latitude, longitude, ward_code, road, model_name, lamp_technology, power_rating_w, dimmable, cabinet_code, gateway, group_code, power_state, lamp_failure, dimming_failure, supply_loss, version)
     SELECT 'LC-B-' || g || '-' || i, 21.8 + random(), 102.2 + 1.7 * random(), 'TAN_PHONG', 'Đường ' || g, 'LED-100', 'LED', 100, true, NULL,
            'gw-b-' || lpad(g::text, 4, '0'), 'G-B-' || g, 'UNKNOWN', false, false, false, 0
     FROM generate_series(0, $((gateways - 1))) g, generate_series(0, $((per - 1))) i" >/dev/null
sql "ANALYZE luminaire" >/dev/null
echo "luminaires: $(sql "SELECT count(*) FROM luminaire")"
for _ in $(seq 1 60); do grep -q 'subscribed to ioc/lighting' "$base/log/server.log" && break; sleep 1; done

burst() {
  local at=$1 failed=$2 t0 server_cpu pg_cpu done_count
  server_cpu=$(cpu server); pg_cpu=$(cpu postgres)
  t0=$(date +%s.%N)
  java -cp "$cp" bench/LightingLoad.java "tcp://127.0.0.1:$port" "$gateways" "$per" "$at" "$failed"
  while true; do
    done_count=$(sql "SELECT count(*) FROM luminaire WHERE reported_at = '$at'")
    [ "$done_count" -ge "$n" ] && break
    if (( $(echo "$(date +%s.%N) - $t0 > 600" | bc) )); then echo "only $done_count of $n after 600 s"; exit 1; fi
    sleep 0.5
  done
  local t; t=$(echo "$(date +%s.%N) - $t0" | bc)
  printf '%s: %d readings stored and judged in %.1f s = %.0f readings/s\n' "$3" "$n" "$t" "$(echo "$n / $t" | bc -l)"
  echo "CPU: server $(echo "$(cpu server) - $server_cpu" | bc) s, PostgreSQL $(echo "$(cpu postgres) - $pg_cpu" | bc) s"
}
echo "== 2. the burst after a supply restore: $n luminaires of $gateways gateways at once"
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
burst "$now" 0 "burst 1 (all well)"
later=$(date -u -d '+1 minute' +%Y-%m-%dT%H:%M:%SZ)
burst "$later" 100 "burst 2 (1 % lamp failures)"
echo "faults open: $(sql "SELECT kind || ' ' || count(*) FROM lighting_fault WHERE cleared_at IS NULL GROUP BY kind")"
echo "dead letters: $(cli "/subsystem=messaging-activemq/server=default/jms-queue=IocLightingDeadLetters:read-attribute(name=message-count)" | awk -F'=> ' '/"result"/ {gsub(/[L }]/, "", $2); print $2}')"
