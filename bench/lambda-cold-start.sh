#!/usr/bin/env bash
# target/function.zip run like the managed Java runtime (handler built once, events fed in), 5 rounds each
# with and without priming: INIT time and the first acknowledged command after INIT, which includes
# reading the bot secret from a local Secrets Manager fake. Goal: first ack after INIT < 1 s.
# Then /aura create alone (the create form: views.open in the ack path) cold and warm; SLACK_DELAY_MS sets how
# long the local views.open stub takes to answer (default 0: the bot's own time). Goal: first ack < 3 s.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/function.zip ] || mvn -B -q package -DskipTests
mvn -B test -Dbench.excluded=none -Dtest=LambdaColdStartBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.slack-delay-ms="${SLACK_DELAY_MS:-0}" 2>&1 | grep -E "^(without|with) priming|^create form|Tests run:|FAIL|BUILD"
