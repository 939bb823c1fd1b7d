#!/usr/bin/env bash
# Warm ack latency of the packaged bot in sandbox mode on this machine: 50 warm-up, then 300 signed
# /aura help and /aura list requests, sequentially. Goal: p99 <= 25 ms.
# Then the same for /aura create alone, which opens the create form in the ack path (on the sandbox console
# here: the bot's own cost, without Slack's time for views.open).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18080}
[ -f target/aura-chatops-0.1.0-SNAPSHOT-runner.jar ] || mvn -B -q package -DskipTests
java -Dquarkus.profile=sandbox -Dquarkus.http.port="$PORT" -Dquarkus.log.level=WARN \
  -jar target/aura-chatops-0.1.0-SNAPSHOT-runner.jar > /tmp/aura-bench-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.1
done
java bench/AckLatency.java "http://localhost:$PORT/slack/commands" sandbox-signing-secret-not-for-production 50 300
java bench/AckLatency.java "http://localhost:$PORT/slack/commands" sandbox-signing-secret-not-for-production 50 300 create
