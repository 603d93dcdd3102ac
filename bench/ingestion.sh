#!/usr/bin/env bash
# Ingestion benchmark of Captación (not a test: run it on an otherwise quiet machine).
#
#   bench/ingestion.sh
#   BENCH_RECORDS=2000 BENCH_CLIENTS=16 bench/ingestion.sh
#
# Builds the platform, recreates the PostgreSQL database captacion_bench (owned by role bench,
# created if missing; needs `psql -h localhost -U postgres` without a password), starts the
# platform jar on it with a bench/bench administrator, waits for /actuator/health, then runs
# mx.captacion.benchmark.IngestionBenchmark (src/test/java), which inserts its own fixture,
# posts the records, waits until all are at the control desk and prints the figures.
# The platform is stopped when the script ends, however it ends; its log is target/bench-platform.log.
#
# Environment (defaults in brackets):
#   BENCH_RECORDS [20000]   BENCH_CLIENTS [64]   BENCH_IMAGE_BYTES [40000]
#   BENCH_PORT [8080]       BENCH_DB [captacion_bench]   BENCH_PGHOST [localhost]   BENCH_PGPORT [5432]
#   BENCH_RATE [0]          records offered per second, paced (open loop): BENCH_RECORDS / BENCH_RATE
#                           seconds of steady load; 0 = every client sends as fast as it can
#   BENCH_WARMUP [0]        records of another actor sent and taken in before the measured run
#                           (the JIT's warm-up), e.g. 3000 before a paced run
#   BENCH_STAGES [1]        1 records the platform with JFR (target/bench-platform.jfr) and prints
#                           the CPU per record shared out by stage; 0 = no recording
#   BENCH_PLATFORM_JAVA_OPTS [] extra JVM options for the platform, e.g. -Xmx2g
#   BENCH_SKIP_BUILD [0]    1 reuses target/ from a previous run
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

RECORDS="${BENCH_RECORDS:-20000}"
CLIENTS="${BENCH_CLIENTS:-64}"
IMAGE_BYTES="${BENCH_IMAGE_BYTES:-40000}"
PORT="${BENCH_PORT:-8080}"
DB="${BENCH_DB:-captacion_bench}"
PGHOST="${BENCH_PGHOST:-localhost}"
PGPORT="${BENCH_PGPORT:-5432}"
DB_USER=bench
DB_PASSWORD=bench
export BENCH_PGHOST="$PGHOST" BENCH_PGPORT="$PGPORT"
URL="http://localhost:$PORT"
JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"

RATE="${BENCH_RATE:-0}"

. bench/lib.sh
stage_recording target/bench-platform.jfr
BENCH_PLATFORM_JAVA_OPTS="${BENCH_PLATFORM_JAVA_OPTS:-} $STAGE_JAVA_OPTS"
build_platform
echo "== Recreating database $DB"
bench_owned_database "$DB"
start_platform "$PORT" "$JDBC_URL"

run_client \
  -Dbench.url="$URL" \
  -Dbench.records="$RECORDS" \
  -Dbench.clients="$CLIENTS" \
  -Dbench.imageBytes="$IMAGE_BYTES" \
  -Dbench.jdbcUrl="$JDBC_URL" \
  -Dbench.user="$DB_USER" \
  -Dbench.password="$DB_PASSWORD" \
  -Dbench.rate="$RATE" \
  -Dbench.warmup="${BENCH_WARMUP:-0}" \
  -Dbench.platformPid="$PLATFORM_PID" \
  -Dbench.jfr="$JFR_FILE" \
  mx.captacion.benchmark.IngestionBenchmark
