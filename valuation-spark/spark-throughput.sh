#!/usr/bin/env bash
# Times a 25-cell 2-D sweep of the Capstone book on the local command and on embedded Spark with the same
# cores, alternating in one JVM, and prints the throughput ratio and Spark's cost per task.
# Usage: valuation-spark/spark-throughput.sh [CORES=2] [ROUNDS=3] [PATHS=20000]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -pl valuation-spark -am -DskipTests package >&2
flags=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' valuation-spark/pom.xml)
# shellcheck disable=SC2086
exec java $flags -Dlog4j2.configurationFile="$root/valuation-spark/src/embedded/log4j2.properties" \
  -cp "valuation-spark/target/test-classes:valuation-spark/target/warrantlab-spark.jar:$(cat valuation-spark/target/classpath.txt)" \
  org.warrantlab.spark.SweepThroughput "$@"
