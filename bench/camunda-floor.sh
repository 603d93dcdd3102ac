#!/usr/bin/env bash
# What Camunda alone costs a record (start → processing → rules → control-desk task), started as the
# intake starts them (BENCH_BATCH starts per transaction on BENCH_CLIENTS threads), on the same
# PostgreSQL and engine settings as the platform: the floor under bench/ingestion.sh.
#   BENCH_RECORDS=20000 BENCH_CLIENTS=2 BENCH_BATCH=50 bench/camunda-floor.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DB="${BENCH_DB:-captacion_bench_floor}"
. bench/lib.sh
fresh_database "$DB"
run_benchmark mx.captacion.benchmark.CamundaFloorBenchmark \
  -Dbench.records="${BENCH_RECORDS:-20000}" \
  -Dbench.clients="${BENCH_CLIENTS:-2}" \
  -Dbench.batch="${BENCH_BATCH:-50}" \
  -Dbench.jdbcUrl="jdbc:postgresql://localhost:5432/$DB"
