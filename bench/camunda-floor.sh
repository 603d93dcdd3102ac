#!/usr/bin/env bash
# What Camunda alone costs a record (start → async processing → control-desk task), on the same
# PostgreSQL and engine settings as the platform: the floor under bench/ingestion.sh.
#   BENCH_RECORDS=20000 BENCH_CLIENTS=16 bench/camunda-floor.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DB="${BENCH_DB:-captacion_bench_floor}"
psql -h localhost -U postgres -d postgres -q -v ON_ERROR_STOP=1 <<SQL
select pg_terminate_backend(pid) from pg_stat_activity where datname = '$DB';
drop database if exists $DB;
create database $DB;
SQL
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -q -B test-compile
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi
java -Dbench.records="${BENCH_RECORDS:-20000}" -Dbench.clients="${BENCH_CLIENTS:-16}" \
  -Dbench.jdbcUrl="jdbc:postgresql://localhost:5432/$DB" \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" mx.captacion.benchmark.CamundaFloorBenchmark
