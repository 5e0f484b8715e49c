# bench/server.sh: sourced by the benchmarks that need the IOC on PostgreSQL (detections.sh, violations.sh).
# Builds and provisions WildFly for PostgreSQL, copies its standalone folder to a scratch base ($base) with the
# EAR, creates a scratch database ($db) and defines:
#   start_server [VAR=value ...]   starts the server (ioc.xml) with those variables, waits for the deployment
#   stop_server                    stops it (kill -9 after 60 s)
#   kill_server                    kill -9, as a crash
#   cli COMMAND                    one jboss-cli command on the running server (output on stdout)
#   sql STATEMENT                  one statement on the scratch database (unaligned, tuples only)
#   new_database                   drops the scratch database and creates it empty (with the server stopped)
#   cpu server|postgres            CPU seconds used so far by the server's JVM or by PostgreSQL's processes
# and $root, $home (the provisioned WildFly), $work (scratch folder, removed on exit), $cp (test classpath of
# the ear module: clients, drivers). Needs PostgreSQL on 127.0.0.1:5432 (trust auth).
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
pkill -f 'jboss-modules.*ioc-bench' 2>/dev/null || true

echo "== build and provision for PostgreSQL"
mvn -B -ntp -q install -Dioc.db=postgresql -DskipTests -DskipITs   # install: the classpath below resolves the modules from the local repository
mvn -B -ntp -q dependency:build-classpath -pl ear -Dmdep.includeScope=test -Dmdep.outputFile="$root/ear/target/bench.cp"
cp=$(cat "$root/ear/target/bench.cp")
home=$root/wildfly-config/target/wildfly-39.0.1.Final
work=$(mktemp -d)
base=$work/ioc-bench
cp -r "$home/standalone" "$base"
rm -rf "$base/data" "$base/log" "$base/deployments/"*
cp "$root/ear/target/ioc.ear" "$base/deployments/"
db="ioc_bench_$$"
psql -h 127.0.0.1 -U postgres -d postgres -q -c "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
export IOC_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" IOC_DB_USER=postgres IOC_DB_PASSWORD=unused
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -At -v ON_ERROR_STOP=1 -c "$1"; }
server=
start_server() {
  : > "$base/console.log"
  env "$@" "$home/bin/standalone.sh" -c ioc.xml -Djboss.server.base.dir="$base" -Dioc-bench=true >> "$base/console.log" 2>&1 &
  server=$!
  for _ in $(seq 1 300); do grep -q 'WFLYSRV0025\|WFLYSRV0026' "$base/console.log" 2>/dev/null && break; sleep 1; done
  grep -q 'Deployed "ioc.ear"' "$base/console.log" || { tail -50 "$base/console.log"; echo "deployment failed"; exit 1; }
}
stop_server() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=; fi
  for _ in $(seq 1 60); do pgrep -f 'jboss-modules.*ioc-bench' >/dev/null || return 0; sleep 1; done
  pkill -9 -f 'jboss-modules.*ioc-bench' || true
}
kill_server() {
  pkill -9 -f 'jboss-modules.*ioc-bench' || true
  wait "$server" 2>/dev/null || true; server=
}
new_database() {
  psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
  rm -rf "$base/data"
}
cleanup() {
  stop_server
  pkill -9 -f 'jboss-modules.*ioc-bench' 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
# CPU seconds used so far by the server's JVM and by PostgreSQL's processes (its backends live as long as the pool)
cpu() {
  local hz pid total=0 u s pids
  hz=$(getconf CLK_TCK)
  pids=$(if [ "$1" = server ]; then pgrep -f 'jboss-modules.*ioc-bench'; else pgrep -x postgres; fi)
  for pid in $pids; do
    read -r u s < <(awk '{print $14, $15}' "/proc/$pid/stat" 2>/dev/null) && total=$((total + u + s))
  done
  echo "scale=1; $total / $hz" | bc
}
cli() { "$home/bin/jboss-cli.sh" --connect --command="$1"; }
