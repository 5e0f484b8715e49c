#!/usr/bin/env bash
# Penalty notice PDFs per second on one core (docs/perf.md): the notice-issuing job's renderer on a violation
# with a generated 1280x720 JPEG as evidence, pinned to CPU 0.
# bench/notices.sh [notices per round]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q install -pl ejb -am -DskipTests
mvn -B -ntp -q dependency:build-classpath -pl ejb -Dmdep.outputFile=ejb/target/bench.cp
taskset -c 0 java -Djava.awt.headless=true -cp "ejb/target/classes:$(cat ejb/target/bench.cp)" bench/NoticePdf.java "${1:-300}"
