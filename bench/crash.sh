#!/usr/bin/env bash
# Crash safety of reception (issue 15, item 6). Not a test: a command that kills the platform.
#
#   bench/crash.sh
#   BENCH_RECORDS=1000 BENCH_KILL_AFTER=20s BENCH_SKIP_BUILD=1 bench/crash.sh
#
# Builds the platform, recreates the database captacion_bench_crash (role bench), starts the jar on
# port 8281 and runs mx.captacion.benchmark.CrashBenchmark in two phases:
#   send    inserts its fixture and posts BENCH_RECORDS records from BENCH_CLIENTS clients, noting
#           which were acknowledged (202/200); once BENCH_KILL_AFTER is reached it asks for the kill
#           and this script sends SIGKILL (kill -9) to the platform's JVM in the middle of the burst;
#   verify  after a restart on the same database, blob folder and key: re-sends every submission
#           that got no acknowledgement with its own submissionId (retrying like the app), waits until
#           no record waits for processing — giving up once none settled for BENCH_SETTLE_SECONDS,
#           counted from the last job lock the killed JVM left (Camunda's job executor takes a locked
#           job only once its lock expired, 5 minutes by default) — and checks in the database that every submission is stored exactly once, with exactly one
#           citizen-record process instance, at the control desk with one open ControlDeskReview task
#           or ended by the rules (DUPLICADO, CON_INCONSISTENCIA), and prints the counts.
# The script's exit status is non-zero on any violation. The submissions and their outcomes stay in
# target/crash/; the two platform logs are target/bench-crash-before.log and -after.log.
#
# Environment (defaults in brackets):
#   BENCH_RECORDS [3000]   BENCH_CLIENTS [64]   BENCH_IMAGE_BYTES [40000]
#   BENCH_KILL_AFTER [40%] share of the records acknowledged (40%) or seconds after the first post (30s)
#   BENCH_SETTLE_SECONDS [180]
#   BENCH_PORT [8281]      BENCH_DB [captacion_bench_crash]   BENCH_PGHOST [localhost]   BENCH_PGPORT [5432]
#   BENCH_PLATFORM_JAVA_OPTS [] extra JVM options for the platform   BENCH_START_TIMEOUT [120] wait for UP
#   BENCH_SKIP_BUILD [0]   1 reuses target/ from a previous build
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

RECORDS="${BENCH_RECORDS:-3000}"
CLIENTS="${BENCH_CLIENTS:-64}"
IMAGE_BYTES="${BENCH_IMAGE_BYTES:-40000}"
KILL_AFTER="${BENCH_KILL_AFTER:-40%}"
SETTLE_SECONDS="${BENCH_SETTLE_SECONDS:-180}"
PORT="${BENCH_PORT:-8281}"
DB="${BENCH_DB:-captacion_bench_crash}"
PGHOST="${BENCH_PGHOST:-localhost}"
PGPORT="${BENCH_PGPORT:-5432}"
export BENCH_PGHOST="$PGHOST" BENCH_PGPORT="$PGPORT"
URL="http://localhost:$PORT"
JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
STATE=target/crash

. bench/lib.sh

crash_benchmark() {
  run_client \
    -Dbench.url="$URL" \
    -Dbench.records="$RECORDS" \
    -Dbench.clients="$CLIENTS" \
    -Dbench.imageBytes="$IMAGE_BYTES" \
    -Dbench.killAfter="$KILL_AFTER" \
    -Dbench.settleSeconds="$SETTLE_SECONDS" \
    -Dbench.state="$STATE" \
    -Dbench.jdbcUrl="$JDBC_URL" \
    -Dbench.user=bench \
    -Dbench.password=bench \
    "$@" mx.captacion.benchmark.CrashBenchmark
}

build_platform
echo "== Recreating database $DB"
bench_owned_database "$DB"
rm -rf "$STATE"
mkdir -p "$STATE"
export BENCH_PLATFORM_LOG=target/bench-crash-before.log
start_platform "$PORT" "$JDBC_URL"

echo "== Sending $RECORDS records from $CLIENTS clients; kill -9 after $KILL_AFTER"
crash_benchmark -Dbench.phase=send &
SENDER=$!
until [[ -e "$STATE/kill-now" ]]; do
  if ! kill -0 "$SENDER" 2>/dev/null; then
    wait "$SENDER" || true
    echo "The sender ended before the kill point." >&2
    exit 1
  fi
  sleep 0.05
done
kill -9 "$PLATFORM_PID"
echo "== kill -9 $PLATFORM_PID at $(date -u +%T.%3N)"
wait "$PLATFORM_PID" 2>/dev/null || true
wait "$SENDER"

export BENCH_PLATFORM_LOG=target/bench-crash-after.log
RESTART=$SECONDS
start_platform "$PORT" "$JDBC_URL"
echo "== Restarted in $((SECONDS - RESTART)) s; re-sending and verifying"
crash_benchmark -Dbench.phase=verify
