#!/usr/bin/env bash
# Lista nominal import benchmark (not a test: run it on an otherwise quiet machine).
#   bench/roll-import.sh                    # 1,000,000 lines, 1 % bad
#   BENCH_ROWS=200000 bench/roll-import.sh
# Recreates the PostgreSQL database captacion_bench_roll (needs `psql -h localhost -U postgres`
# without a password), generates target/bench-padron-<rows>.csv once, imports it into the empty
# roll and then again (every line an update), and prints lines per second for both.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DB="${BENCH_DB:-captacion_bench_roll}"
ROWS="${BENCH_ROWS:-1000000}"
. bench/lib.sh
fresh_database "$DB"
run_benchmark mx.captacion.benchmark.RollImportBenchmark \
  -Dbench.rows="$ROWS" \
  -Dbench.batchSize="${BENCH_BATCH_SIZE:-5000}" \
  -Dbench.jdbcUrl="jdbc:postgresql://${BENCH_PGHOST:-localhost}:5432/$DB"
