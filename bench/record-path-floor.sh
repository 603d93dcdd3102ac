#!/usr/bin/env bash
# Issue 15's spike: the floor of the record's path — the same work the issue keeps (HTTP, JSON, four
# images hashed, sealed and written, one commit before the 202; batch intake with the perceptual
# hashes, the fingerprints, the citizen counted, the status and its history, and the citizen-record
# process to the control desk) with none of our frameworks on it: mx.captacion.benchmark.RecordPathFloor
# (src/test/java) on embedded Tomcat and plain JDBC, measured by the ingestion benchmark's own clients
# and CPU counters as bench/ingestion.sh measures the platform. Not a test, not the platform.
#
#   bench/record-path-floor.sh                 # BENCH_RECORDS=20000 BENCH_CLIENTS=64
#   BENCH_RECORDS=5000 BENCH_SKIP_BUILD=1 bench/record-path-floor.sh
#
# Environment: BENCH_RECORDS [20000] BENCH_CLIENTS [64] BENCH_IMAGE_BYTES [40000] BENCH_PORT [8380]
# BENCH_DB [captacion_bench_floor_path] BENCH_RATE [0] BENCH_WARMUP [0] BENCH_STAGES [1] BENCH_FLOOR_JAVA_OPTS [].
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/lib.sh
DB="${BENCH_DB:-captacion_bench_floor_path}"
PORT="${BENCH_PORT:-8380}"
JDBC_URL="jdbc:postgresql://localhost:5432/$DB"
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -q -B -DskipTests package
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi
fresh_database "$DB"
LOG=target/bench-floor.log
rm -f "$LOG" # the wait below reads it
stage_recording target/bench-floor.jfr # the same per-stage breakdown as bench/ingestion.sh prints for the platform
FLOOR_OPTS="${BENCH_FLOOR_JAVA_OPTS:-} $STAGE_JAVA_OPTS"
# shellcheck disable=SC2086 # a list of options
java $FLOOR_OPTS -Dbench.jdbcUrl="$JDBC_URL" -Dbench.port="$PORT" \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" mx.captacion.benchmark.RecordPathFloor \
  > "$LOG" 2>&1 &
FLOOR_PID=$!
trap 'kill $FLOOR_PID 2>/dev/null || true' EXIT
until grep -qs "Floor listening" "$LOG"; do
  kill -0 "$FLOOR_PID" 2>/dev/null || { tail -n 40 "$LOG" >&2; exit 1; }
  sleep 1
done
echo "== Floor up (pid $FLOOR_PID), log $LOG"
run_client \
  -Dbench.url="http://localhost:$PORT" \
  -Dbench.records="${BENCH_RECORDS:-20000}" \
  -Dbench.clients="${BENCH_CLIENTS:-64}" \
  -Dbench.imageBytes="${BENCH_IMAGE_BYTES:-40000}" \
  -Dbench.jdbcUrl="$JDBC_URL" \
  -Dbench.user=postgres \
  -Dbench.password= \
  -Dbench.rate="${BENCH_RATE:-0}" \
  -Dbench.warmup="${BENCH_WARMUP:-0}" \
  -Dbench.platformPid="$FLOOR_PID" \
  -Dbench.jfr="$JFR_FILE" \
  mx.captacion.benchmark.IngestionBenchmark
