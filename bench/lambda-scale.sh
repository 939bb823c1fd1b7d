#!/usr/bin/env bash
# target/function.zip run as Lambda runs it at scale, with template.yaml's own Timeouts, BatchSize,
# MaximumConcurrency, queue settings and environment: one ingress, MaximumConcurrency workers fed by SQS
# pollers (ElasticMQ), one scheduled function, an Aura emulator at 125/min with minute-long operations, and
# moto for DynamoDB. Scenarios: list25 (/aura list of 25 more), nightly (cost-saving pause of 40), burst30
# (30 creates at once). Pick some with SCENARIOS=list25,nightly. Timeouts end and replace an environment,
# as on Lambda, and are reported. Extra arguments go to Maven, e.g. -Dnightly.max-wait-minutes=5.
# About 4 min (list25) + up to 22 min (nightly) + 3-15 min (burst30).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/function.zip ] || mvn -B -q package -DskipTests
mvn -B test -Dbench.excluded=none -Dtest=LambdaScaleBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dscenarios="${SCENARIOS:-list25,nightly,burst30}" "$@" 2>&1 \
  | grep -E "^(template:|nightly policy:|list25|nightly|burst30)|timed out|Tests run:|FAIL|BUILD"
