#!/usr/bin/env bash
# target/function.zip run like the managed Java runtime (handler built once, events fed in), 5 rounds each
# with and without priming: INIT time and the first acknowledged command after INIT, which includes
# reading the bot secret from a local Secrets Manager fake. Goal: first ack after INIT < 1 s.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/function.zip ] || mvn -B -q package -DskipTests
mvn -B test -Dbench.excluded=none -Dtest=LambdaColdStartBench -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E "^(without|with) priming|Tests run:|FAIL|BUILD"
