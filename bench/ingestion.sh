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
URL="http://localhost:$PORT"
JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"

if curl -s -o /dev/null "$URL/actuator/health"; then
  echo "Something already answers on port $PORT; stop it or set BENCH_PORT." >&2
  exit 1
fi

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  echo "== Building"
  ./mvnw -q -B -DskipTests package
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi
JAR="$(ls target/captacion-*.jar | grep -v '\.original$' | head -n 1)"

echo "== Recreating database $DB"
psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q <<SQL
select pg_terminate_backend(pid) from pg_stat_activity where datname = '$DB';
drop database if exists $DB;
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$DB_USER') then
    create role $DB_USER login password '$DB_PASSWORD';
  end if;
end \$\$;
create database $DB owner $DB_USER;
SQL

BLOBS="$(mktemp -d -t captacion-bench-blobs.XXXXXX)"
PLATFORM_PID=""
stop_platform() {
  if [[ -n "$PLATFORM_PID" ]] && kill -0 "$PLATFORM_PID" 2>/dev/null; then
    echo "== Stopping the platform (pid $PLATFORM_PID)"
    kill "$PLATFORM_PID" 2>/dev/null || true
    wait "$PLATFORM_PID" 2>/dev/null || true
  fi
  rm -rf "$BLOBS"
}
trap stop_platform EXIT

echo "== Starting the platform ($JAR) on port $PORT; log in target/bench-platform.log"
# shellcheck disable=SC2086 # BENCH_PLATFORM_JAVA_OPTS is a list of options
java ${BENCH_PLATFORM_JAVA_OPTS:-} -jar "$JAR" \
  --spring.profiles.active=postgres \
  --server.port="$PORT" \
  --spring.datasource.url="$JDBC_URL" \
  --spring.datasource.username="$DB_USER" \
  --spring.datasource.password="$DB_PASSWORD" \
  --captacion.admin.user=bench \
  --captacion.admin.password=bench \
  --captacion.blobs.directory="$BLOBS" \
  > target/bench-platform.log 2>&1 &
PLATFORM_PID=$!

deadline=$((SECONDS + 120))
until curl -fsS "$URL/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
  if ! kill -0 "$PLATFORM_PID" 2>/dev/null; then
    echo "The platform stopped while starting; last lines of target/bench-platform.log:" >&2
    tail -n 40 target/bench-platform.log >&2
    exit 1
  fi
  if ((SECONDS >= deadline)); then
    echo "The platform did not report UP on $URL/actuator/health within 120 s." >&2
    exit 1
  fi
  sleep 1
done
echo "== Platform up after $((SECONDS + 120 - deadline)) s"

java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  -Dbench.url="$URL" \
  -Dbench.records="$RECORDS" \
  -Dbench.clients="$CLIENTS" \
  -Dbench.imageBytes="$IMAGE_BYTES" \
  -Dbench.jdbcUrl="$JDBC_URL" \
  -Dbench.user="$DB_USER" \
  -Dbench.password="$DB_PASSWORD" \
  mx.captacion.benchmark.IngestionBenchmark
