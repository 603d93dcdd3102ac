# Shared by the benchmarks that run a main class from src/test/java on a database of their own.
# Sourced, not run: `. bench/lib.sh` from the repository's root.

# Drops and creates the PostgreSQL database $1 (needs `psql -U postgres` without a password).
fresh_database() {
  psql -h "${BENCH_PGHOST:-localhost}" -U postgres -d postgres -q -v ON_ERROR_STOP=1 <<SQL
select pg_terminate_backend(pid) from pg_stat_activity where datname = '$1';
drop database if exists $1;
create database $1;
SQL
}

# Runs the benchmark class $1 with the JVM options that follow, on the test classpath; builds it
# first unless BENCH_SKIP_BUILD=1.
run_benchmark() {
  local main="$1"
  shift
  if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    ./mvnw -q -B test-compile
    ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
  fi
  java "$@" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$main"
}
