#!/usr/bin/env bash
# The control desk's pace in Tasklist (not a test: run it on an otherwise quiet machine): a reviewer
# in headless Chromium decides BENCH_DESK_RECORDS records in a row [50] and
# mx.captacion.benchmark.ReviewDeskBenchmark prints user actions and UI time per record.
#
#   bench/review-desk.sh
#   BENCH_DESK_RECORDS=20 bench/review-desk.sh
#
# It runs as the integration tests do (Spring Boot test on PostgreSQL, Debian's chromium and
# chromedriver) on a database of its own, recreated first: BENCH_DB [captacion_bench_desk];
# BENCH_MAVEN_ARGS passes Maven options (-o offline). It prints only the figures and Maven's verdict;
# target/failsafe-reports has the rest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DB="${BENCH_DB:-captacion_bench_desk}"
. bench/lib.sh
fresh_database "$DB"
CAPTACION_TEST_DB_NAME="$DB" ./mvnw -B -ntp ${BENCH_MAVEN_ARGS:-} verify \
  -Dit.test=ReviewDeskBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.desk.records="${BENCH_DESK_RECORDS:-50}" \
  | sed -n '/^Review desk benchmark/,/^machine:/p; /Tests run:.*Fail/p; /BUILD/p'
