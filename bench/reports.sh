#!/usr/bin/env bash
# Report benchmark of Captación (not a test: run it on an otherwise quiet machine).
#
#   bench/reports.sh                                  # 5,000,000 records, 300 actors
#   BENCH_RECORDS=500000 BENCH_ACTORS=50 bench/reports.sh
#
# Builds the platform, recreates the PostgreSQL database captacion_bench_reports (owned by role
# bench; needs `psql -h localhost -U postgres` without a password), starts the platform on it,
# then runs mx.captacion.benchmark.ReportsBenchmark (src/test/java), which writes the records and
# their status history by SQL and times every report endpoint at three cut-offs.
#
# Environment (defaults in brackets): BENCH_RECORDS [5000000]  BENCH_ACTORS [300]
#   BENCH_SAMPLE_ACTORS [10]  BENCH_SAMPLES [10] (process-wide calls)  BENCH_PORT [8080]  BENCH_DB [captacion_bench_reports]
#   BENCH_PGHOST [localhost]  BENCH_PGPORT [5432]  BENCH_SKIP_BUILD [0]  BENCH_PLATFORM_JAVA_OPTS []
#   BENCH_REUSE_DATA [0]  1 keeps the database and its data from the previous run and only times the reports
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT="${BENCH_PORT:-8080}"
DB="${BENCH_DB:-captacion_bench_reports}"
export BENCH_PGHOST="${BENCH_PGHOST:-localhost}" BENCH_PGPORT="${BENCH_PGPORT:-5432}"
JDBC_URL="jdbc:postgresql://$BENCH_PGHOST:$BENCH_PGPORT/$DB"
. bench/lib.sh
build_platform
if [[ "${BENCH_REUSE_DATA:-0}" != 1 ]]; then
  echo "== Recreating database $DB"
  bench_owned_database "$DB"
fi
start_platform "$PORT" "$JDBC_URL"
run_client \
  -Dbench.url="http://localhost:$PORT" \
  -Dbench.records="${BENCH_RECORDS:-5000000}" \
  -Dbench.actors="${BENCH_ACTORS:-300}" \
  -Dbench.sampleActors="${BENCH_SAMPLE_ACTORS:-10}" \
  -Dbench.samples="${BENCH_SAMPLES:-10}" \
  -Dbench.jdbcUrl="$JDBC_URL" \
  -Dbench.user=bench \
  -Dbench.password=bench \
  -Dbench.reuseData="$([[ "${BENCH_REUSE_DATA:-0}" == 1 ]] && echo true || echo false)" \
  mx.captacion.benchmark.ReportsBenchmark
