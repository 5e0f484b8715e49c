#!/usr/bin/env bash
# provision.sh: makes a WildFly 39 installation ready for the IOC by applying the CLI scripts of cli/
# offline (embedded server), the same scripts a city applies to its running server with
# "jboss-cli.sh --connect --file=...". Run by the Maven build of this module (mvn package).
#
# Usage:  provision.sh WILDFLY_HOME JDBC_DIR
#   IOC_DB=h2|postgresql|oracle   database of IocDS (default h2)
#
# Writes two server configurations into WILDFLY_HOME/standalone/configuration, each a fresh copy of
# standalone-full.xml with the scripts applied:
#   ioc.xml       embedded defaults: staff log in against the demo directory
#   ioc-ldap.xml  the same, with staff login against LDAP (configure-ldap.cli); used by the tests
#   ioc-oidc.xml  the same, with the console behind an OpenID Connect provider (configure-oidc.cli); tests
set -euo pipefail
home=${1:?WILDFLY_HOME}; jdbc_dir=${2:?JDBC_DIR}
db=${IOC_DB:-h2}
here=$(cd "$(dirname "$0")" && pwd)
cli=$here/cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cfg=$home/standalone/configuration

case "$db" in h2|postgresql|oracle) ;; *) echo "IOC_DB must be h2, postgresql or oracle, not '$db'" >&2; exit 2;; esac
printf 'ioc.jdbc.dir=%s\n' "$jdbc_dir" > "$work/ioc-cli.properties"

# the realms' folders and the driver modules are re-made from the scripts every time
rm -rf "$cfg/ioc-demo-realm" "$cfg/ioc-integration-realm" \
       "$home/modules/org/postgresql" "$home/modules/com/oracle/ojdbc"

common=(configure-datasource-$db.cli configure-messaging.cli configure-security.cli configure-batch.cli
        configure-mail.cli configure-transactions.cli configure-timers.cli configure-logging.cli configure-observability.cli
        configure-web.cli)

make_config() {  # name, scripts...
  local name=$1; shift
  local file=$work/$name.cli
  cp "$cfg/standalone-full.xml" "$cfg/$name"
  echo "embed-server --server-config=$name --std-out=discard" > "$file"
  for script in "$@"; do
    echo "# ---- $script" >> "$file"
    cat "$cli/$script" >> "$file"
    echo >> "$file"
  done
  echo "stop-embedded-server" >> "$file"
  echo "provisioning $name with: $*"
  if ! "$home/bin/jboss-cli.sh" --file="$file" --properties="$work/ioc-cli.properties" > "$work/$name.log" 2>&1; then
    cat "$work/$name.log" >&2
    echo "provisioning $name failed" >&2
    exit 1
  fi
  # module add refuses an existing module: the second configuration installs it again
  rm -rf "$home/modules/org/postgresql" "$home/modules/com/oracle/ojdbc"
}

# the page configure-web.cli's error-page filter serves when the portal's queue is full
cp "$cli/ioc-portal-busy.html" "$cfg/ioc-portal-busy.html"
make_config ioc.xml "${common[@]}" configure-demo-directory.cli
make_config ioc-ldap.xml "${common[@]}" configure-ldap.cli
make_config ioc-oidc.xml "${common[@]}" configure-oidc.cli
# keep the driver module of the chosen database installed
if [ "$db" != h2 ]; then
  printf 'embed-server --server-config=ioc.xml --std-out=discard\n' > "$work/driver.cli"
  grep '^module add' "$cli/configure-datasource-$db.cli" >> "$work/driver.cli"
  echo "stop-embedded-server" >> "$work/driver.cli"
  "$home/bin/jboss-cli.sh" --file="$work/driver.cli" --properties="$work/ioc-cli.properties" > "$work/driver.log" 2>&1 || { cat "$work/driver.log" >&2; exit 1; }
fi
echo "server ready: $home (configurations ioc.xml, ioc-ldap.xml, ioc-oidc.xml; database $db)"
