#!/usr/bin/env bash
# run-demo.sh: command 1 of the README (mvn -Prun package ends here). Starts the provisioned WildFly with the EAR
# on the embedded defaults and, once it is up, the demo city's live sources:
#   - the video-analytics worker on the synthetic traffic scene (camera LC-TP-001), sending its events to the
#     detection queue, one pass every IOC_DEMO_WORKER_PAUSE seconds (600); needs the worker built (mvn package does);
#   - a local news feed (RSS on http://127.0.0.1:8099/tin-lai-chau.xml, a new article every 3 minutes), which the
#     demo data registers as the media source "tin-demo";
#   - a syslog generator (util-linux logger to 127.0.0.1:5514): logins, firewall drops, now and then a burst of
#     failed passwords (a brute-force alert);
#   - two street-lighting gateways (simulator/bin/ioc-gateway-simulator) reporting the demo city's luminaires every
#     IOC_DEMO_LIGHTING_EVERY seconds (60) and following the IOC's schedules and overrides, on the broker of
#     IOC_MQTT_URL, or (unset) on a Mosquitto of the demo's own (127.0.0.1:18883, when /usr/sbin/mosquitto exists).
# Ctrl-C (or SIGTERM) stops the server and every source. The demo data (DemoCity) is loaded on the first start
# only: IOC_DEMO_DATA=false turns it off, IOC_DEMO_SOURCES=false leaves the live sources out.
# Usage: run-demo.sh <server home> <configuration, e.g. ioc.xml> <project root>
set -uo pipefail
home="$1"; config="$2"; root="$3"
work="$root/wildfly-config/target/demo"
mkdir -p "$work"
export IOC_DEMO_DATA="${IOC_DEMO_DATA:-true}"
pids=()

stop() {
  trap - INT TERM EXIT
  echo "run-demo: stopping the live sources and the server"
  for p in "${pids[@]}"; do pkill -TERM -P "$p" 2>/dev/null; kill "$p" 2>/dev/null; done
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  exit 0
}
trap stop INT TERM EXIT

# an MQTT broker of the demo's own (Debian's mosquitto on 127.0.0.1:18883) when none is named, so that the street-
# lighting gateways run out of the box; IOC_MQTT_URL names the city's broker instead
if [ -z "${IOC_MQTT_URL:-}" ] && [ "${IOC_DEMO_SOURCES:-true}" = "true" ] && [ -x /usr/sbin/mosquitto ]; then
  mkdir -p "$work/mqtt" && chmod 777 "$work/mqtt"
  printf 'listener 18883 127.0.0.1\nallow_anonymous true\npersistence true\npersistence_location %s/\n' "$work/mqtt" > "$work/mqtt/mosquitto.conf"
  /usr/sbin/mosquitto -c "$work/mqtt/mosquitto.conf" > "$work/mqtt/mosquitto.log" 2>&1 &
  pids+=($!)
  export IOC_MQTT_URL=tcp://127.0.0.1:18883
  echo "run-demo: MQTT broker for the demo on $IOC_MQTT_URL"
fi

# standalone.sh passes SIGTERM on to the server's JVM only when it runs it in the background
export LAUNCH_JBOSS_IN_BACKGROUND=1
"$home/bin/standalone.sh" -c "$config" &
server=$!

if [ "${IOC_DEMO_SOURCES:-true}" != "true" ]; then
  wait "$server"; exit $?
fi

# wait until the IOC answers (at most 5 minutes)
for _ in $(seq 1 300); do
  if command -v curl >/dev/null; then
    curl -fs -o /dev/null http://127.0.0.1:8080/ioc/portal/index.xhtml && break
  else
    (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null && break
  fi
  kill -0 "$server" 2>/dev/null || exit 1
  sleep 1
done
echo "run-demo: the IOC is up; starting the live sources (IOC_DEMO_SOURCES=false leaves them out)"

# 1. the local news feed (served by Python's http.server)
if command -v python3 >/dev/null; then
  mkdir -p "$work/news"
  "$root/wildfly-config/demo/news-feed.sh" "$work/news" &
  pids+=($!)
  (cd "$work/news" && exec python3 -m http.server 8099 --bind 127.0.0.1 >/dev/null 2>&1) &
  pids+=($!)
else
  echo "run-demo: no python3: no local news feed"
fi

# 2. the syslog generator (util-linux logger)
if command -v logger >/dev/null; then
  "$root/wildfly-config/demo/syslog-generator.sh" &
  pids+=($!)
else
  echo "run-demo: no logger (util-linux): no syslog generator"
fi

# 3. the video-analytics worker on the synthetic scene
worker="$root/worker/bin/ioc-worker"
if [ -d "$root/worker/target/lib" ]; then
  (
    "$worker" synthetic --out "$work/scene.mp4" > "$work/camera.json" 2> "$work/worker.log" || exit 0
    cat > "$work/worker.json" <<JSON
{"brokerUrl": "tcp://127.0.0.1:8080?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor",
 "user": "ioc-camera", "password": "demo-camera", "queue": "IocDetectionEvents", "cameras": [ $(cat "$work/camera.json") ]}
JSON
    while true; do
      "$worker" run --config "$work/worker.json" >> "$work/worker.log" 2>&1
      sleep "${IOC_DEMO_WORKER_PAUSE:-600}"
    done
  ) &
  pids+=($!)
else
  echo "run-demo: worker/target/lib missing (mvn package builds it): no video-analytics worker"
fi

# 4. the street-lighting gateway simulator (the demo city's 76 luminaires on gw-tp-01 and gw-dk-01), when the IOC
#    has an MQTT broker (IOC_MQTT_URL, or the demo's own when Debian's mosquitto is installed)
simulator="$root/simulator/bin/ioc-gateway-simulator"
if [ -n "${IOC_MQTT_URL:-}" ] && [ -d "$root/simulator/target/lib" ]; then
  "$simulator" --broker "$IOC_MQTT_URL" --register "$root/ejb/src/main/resources/demo/lighting-luminaires.csv" \
    --gateway gw-tp-01,gw-dk-01 --every "${IOC_DEMO_LIGHTING_EVERY:-60}" > "$work/lighting.log" 2>&1 &
  pids+=($!)
else
  echo "run-demo: no IOC_MQTT_URL (or simulator/target/lib missing): no street-lighting gateways"
fi
echo "run-demo: live sources running (logs in $work); open http://localhost:8080/ioc ; Ctrl-C stops everything"
wait "$server"
