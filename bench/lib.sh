# Shared by the benchmarks that run a main class from src/test/java on a database of their own.
# Sourced, not run: `. bench/lib.sh` from the repository's root.

# Set by the first start_platform and kept by the next ones in the same script (stop_platform deletes the folder).
unset BENCH_BLOBS BENCH_BLOB_KEY

# Drops and creates the PostgreSQL database $1 (needs `psql -U postgres` without a password).
fresh_database() {
  psql -h "${BENCH_PGHOST:-localhost}" -U postgres -d postgres -q -v ON_ERROR_STOP=1 <<SQL
select pg_terminate_backend(pid) from pg_stat_activity where datname = '$1';
drop database if exists $1;
create database $1;
SQL
}

# The JFR recording behind the per-stage breakdown (BENCH_STAGES [1]; 0 = none): sets JFR_FILE to
# $PWD/$1 (empty without a recording) and STAGE_JAVA_OPTS to the JVM options that start it; the
# ingestion benchmark's client dumps it with jcmd when the run ends.
stage_recording() {
  JFR_FILE=""
  STAGE_JAVA_OPTS=""
  if [[ "${BENCH_STAGES:-1}" == 1 ]]; then
    JFR_FILE="$PWD/$1"
    rm -f "$JFR_FILE"
    STAGE_JAVA_OPTS="-XX:StartFlightRecording=name=bench,settings=profile -XX:FlightRecorderOptions=stackdepth=256"
  fi
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

# Builds the jar and the test classpath unless BENCH_SKIP_BUILD=1.
build_platform() {
  if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    echo "== Building"
    ./mvnw -q -B -DskipTests package
    ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
  fi
}

# Drops and creates the database $1 owned by the role bench (password bench), created if missing.
bench_owned_database() {
  psql -h "${BENCH_PGHOST:-localhost}" -p "${BENCH_PGPORT:-5432}" -U postgres -d postgres -v ON_ERROR_STOP=1 -q <<SQL
select pg_terminate_backend(pid) from pg_stat_activity where datname = '$1';
drop database if exists $1;
do \$\$ begin
  if not exists (select from pg_roles where rolname = 'bench') then
    create role bench login password 'bench';
  end if;
end \$\$;
create database $1 owner bench;
SQL
}

# Starts the platform jar on port $1 against the JDBC URL $2 as role bench, with the administrator
# bench/bench, waits until /actuator/health is UP, and stops it when the calling script exits.
# Its log is target/bench-platform.log (BENCH_PLATFORM_LOG); BENCH_PLATFORM_JAVA_OPTS adds JVM options;
# BENCH_START_TIMEOUT [120] is how many seconds it may take to start.
# Called again (another node, or the same one restarted after a crash), it reuses the first call's
# blob folder and key: nodes share them, and a restarted node reads what was stored before.
start_platform() {
  local port="$1" jdbc_url="$2" url="http://localhost:$1" log="${BENCH_PLATFORM_LOG:-target/bench-platform.log}"
  if curl -s -o /dev/null "$url/actuator/health"; then
    echo "Something already answers on port $port; stop it or set BENCH_PORT." >&2
    exit 1
  fi
  local jar
  jar="$(ls target/captacion-*.jar | grep -v '\.original$' | head -n 1)"
  BENCH_BLOBS="${BENCH_BLOBS:-$(mktemp -d -t captacion-bench-blobs.XXXXXX)}"
  BENCH_BLOB_KEY="${BENCH_BLOB_KEY:-$(openssl rand -base64 32)}"
  echo "== Starting the platform ($jar) on port $port; log in $log"
  # shellcheck disable=SC2086 # BENCH_PLATFORM_JAVA_OPTS is a list of options
  java ${BENCH_PLATFORM_JAVA_OPTS:-} -jar "$jar" \
    --spring.profiles.active=postgres \
    --server.port="$port" \
    --spring.datasource.url="$jdbc_url" \
    --spring.datasource.username=bench \
    --spring.datasource.password=bench \
    --captacion.admin.user=bench \
    --captacion.admin.password=bench \
    --captacion.blobs.directory="$BENCH_BLOBS" \
    --captacion.blobs.encryption.current-key-id=bench \
    --captacion.blobs.encryption.keys.bench="$BENCH_BLOB_KEY" \
    > "$log" 2>&1 &
  PLATFORM_PID=$!
  PLATFORM_PIDS+=("$PLATFORM_PID")
  trap stop_platform EXIT
  local wait="${BENCH_START_TIMEOUT:-120}"
  local deadline=$((SECONDS + wait))
  until curl -fsS "$url/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$PLATFORM_PID" 2>/dev/null; then
      echo "The platform stopped while starting; last lines of $log:" >&2
      tail -n 40 "$log" >&2
      exit 1
    fi
    if ((SECONDS >= deadline)); then
      echo "The platform did not report UP on $url/actuator/health within $wait s (BENCH_START_TIMEOUT)." >&2
      exit 1
    fi
    sleep 1
  done
  echo "== Platform up after $((SECONDS + wait - deadline)) s"
}

# Stops every platform start_platform started (two-nodes.sh starts two).
stop_platform() {
  local pid
  for pid in "${PLATFORM_PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      echo "== Stopping the platform (pid $pid)"
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "${BENCH_BLOBS:-}"
}

# Runs a benchmark main class of src/test/java against the started platform.
run_client() {
  java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$@"
}
