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
psql -h "${BENCH_PGHOST:-localhost}" -U postgres -d postgres -q -v ON_ERROR_STOP=1 <<SQL
select pg_terminate_backend(pid) from pg_stat_activity where datname = '$DB';
drop database if exists $DB;
create database $DB;
SQL
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -q -B test-compile
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi
java -Dbench.rows="$ROWS" -Dbench.batchSize="${BENCH_BATCH_SIZE:-5000}" \
  -Dbench.jdbcUrl="jdbc:postgresql://${BENCH_PGHOST:-localhost}:5432/$DB" \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" mx.captacion.benchmark.RollImportBenchmark
