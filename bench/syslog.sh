#!/usr/bin/env bash
# Syslog messages per second received, parsed and rule-evaluated by the IOC (docs/perf.md, docs/secmon.md):
#   1. the evaluator stage alone (bench/SyslogParse.java: parse + the six seeded rules, one thread);
#   2. a WildFly with the EAR on PostgreSQL, and bench/SyslogLoad.java sending as fast as it can for SECONDS
#      over TCP (2 connections, newline framing) and then over UDP (1 sender); the receiver's counters
#      (received, rejected, dropped for a full buffer, evaluated is received - rejected - dropped, stored) are read
#      from the console page before and after each run.
# The generator runs on the same 2 cores as the server.
# bench/syslog.sh [seconds]
set -euo pipefail
seconds=${1:-30}
. "$(dirname "$0")/server.sh"
persistence=$(find ~/.m2/repository/jakarta/persistence/jakarta.persistence-api -name '*.jar' | sort | tail -1)

echo "== 1. the evaluator alone"
java bench/SyslogLoad.java --print 100000 > ejb/target/syslog-lines.txt
java -cp "ejb/target/classes:$persistence" bench/SyslogParse.java 1000000 ejb/target/syslog-lines.txt

start_server
jar=$work/cookies
curl -s -c "$jar" -b "$jar" -o /dev/null http://127.0.0.1:8080/ioc/console/security/index.xhtml
curl -s -c "$jar" -b "$jar" -o /dev/null -d j_username=admin -d j_password=demo http://127.0.0.1:8080/ioc/j_security_check
counters() {
  curl -s -b "$jar" http://127.0.0.1:8080/ioc/console/security/index.xhtml \
    | grep -o 'data-received="[0-9]*" data-rejected="[0-9]*" data-dropped="[0-9]*" data-stored="[0-9]*"' \
    | sed 's/data-//g; s/"//g'
}
value() { echo "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k {print $2}'; }
run() {  # transport threads [rate per thread]
  local before after
  before=$(counters)
  java bench/SyslogLoad.java --transport "$1" --seconds "$seconds" --threads "$2" --rate "${3:-0}" | grep SENT
  sleep 10   # the storer catches up
  after=$(counters)
  local received=$(( $(value "$after" received) - $(value "$before" received) ))
  local rejected=$(( $(value "$after" rejected) - $(value "$before" rejected) ))
  local dropped=$(( $(value "$after" dropped) - $(value "$before" dropped) ))
  local stored=$(( $(value "$after" stored) - $(value "$before" stored) ))
  echo "RECEIVED $received ($((received / seconds))/s), rejected $rejected, dropped (buffer full) $dropped," \
       "evaluated $((received - rejected - dropped)) ($(((received - rejected - dropped) / seconds))/s), stored $stored"
}
echo "== 2a. TCP, 2 connections as fast as they can, $seconds s"
run tcp 2
echo "== 2b. UDP, 1 sender as fast as it can, $seconds s"
run udp 1
echo "== 2c. TCP, 2 connections at 12,500/s each (25,000/s), $seconds s"
run tcp 2 12500
echo "== 2d. UDP, 2 senders at 12,500/s each (25,000/s), $seconds s"
run udp 2 12500
