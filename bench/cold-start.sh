#!/usr/bin/env bash
# Cold start of the bot versus a bare Quarkus app with the same extensions, plain `java -jar`,
# median of interleaved runs (default 7). Goal: ratio <= 1.25.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-7}
[ -f target/aura-chatops-0.1.0-SNAPSHOT-runner.jar ] || mvn -B -q package -DskipTests
(cd bench/baseline && mvn -B -q package -DskipTests)
java bench/ColdStart.java target/aura-chatops-0.1.0-SNAPSHOT-runner.jar \
  bench/baseline/target/cold-start-baseline-1.0-runner.jar "$ROUNDS"
