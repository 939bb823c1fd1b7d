#!/usr/bin/env bash
# 15 concurrent creates against the emulator held to 60 requests/minute, bot budget 50/min, poll 2 s;
# then a naive 10 s poller for comparison. Goal: zero 429s, 15/15 running, detection lag p95 <= 30 s.
# Takes about three minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B test -Dbench.excluded=none -Dtest=CreateBurstBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dquarkus.log.level=WARN 2>&1 | grep -E "^(bot|naive)|Tests run:|FAIL|BUILD"
