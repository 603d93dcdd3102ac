#!/usr/bin/env bash
# Two platform nodes on one PostgreSQL database (README «Varios nodos»). Not a test: run it on an
# otherwise quiet machine.
#
#   bench/two-nodes.sh
#   BENCH_RECORDS=500 BENCH_SKIP_BUILD=1 bench/two-nodes.sh
#
# Builds the platform, recreates the database captacion_bench_nodes (owned by role bench), starts
# two platform JVMs on it (ports 8181 and 8182; one blob folder and one key, as nodes share them),
# and runs mx.captacion.benchmark.IngestionBenchmark with both addresses: record i goes to node
# i mod 2, and it waits until every accepted record is at the control desk. Then it checks the
# outcome in the database, whichever node did the work: every acknowledged record is stored once,
# has exactly one citizen-record process instance, reached the control desk or the rules' end
# (DUPLICADO, CON_INCONSISTENCIA; PARA_COMPULSA when out of the sample), and has one control-desk
# task exactly when its status is EN_MESA_DE_CONTROL (none otherwise). It prints the counts and the CPU each node spent in the run,
# and exits 1 on any violation. The nodes' logs are target/bench-node-{1,2}.log.
#
# Environment (defaults in brackets):
#   BENCH_RECORDS [2000]   BENCH_CLIENTS [32]   BENCH_IMAGE_BYTES [40000]
#   BENCH_DB [captacion_bench_nodes]   BENCH_PGHOST [localhost]   BENCH_PGPORT [5432]
#   BENCH_PORTS ["8181 8182"] (more ports, more nodes)
#   BENCH_PLATFORM_JAVA_OPTS [-Xmx1g] JVM options of each node   BENCH_START_TIMEOUT [300] seconds per start
#   BENCH_SKIP_BUILD [0]   1 reuses target/ from a previous run
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

RECORDS="${BENCH_RECORDS:-2000}"
CLIENTS="${BENCH_CLIENTS:-32}"
IMAGE_BYTES="${BENCH_IMAGE_BYTES:-40000}"
read -r -a PORTS <<< "${BENCH_PORTS:-8181 8182}"
DB="${BENCH_DB:-captacion_bench_nodes}"
PGHOST="${BENCH_PGHOST:-localhost}"
PGPORT="${BENCH_PGPORT:-5432}"
export BENCH_PGHOST="$PGHOST" BENCH_PGPORT="$PGPORT"
export BENCH_PLATFORM_JAVA_OPTS="${BENCH_PLATFORM_JAVA_OPTS:--Xmx1g}"
# the first node creates the whole schema; on a busy machine that takes minutes
export BENCH_START_TIMEOUT="${BENCH_START_TIMEOUT:-300}"
JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"

. bench/lib.sh
build_platform
echo "== Recreating database $DB"
bench_owned_database "$DB"
URLS=()
for i in "${!PORTS[@]}"; do
  # one after the other: the first creates the schema (Flyway, Camunda), the next finds it
  BENCH_PLATFORM_LOG="target/bench-node-$((i + 1)).log" start_platform "${PORTS[$i]}" "$JDBC_URL"
  URLS+=("http://localhost:${PORTS[$i]}")
done

# utime + stime of each node's JVM (fields 14 and 15 of /proc/<pid>/stat), in clock ticks
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
CPU_BEFORE=()
for pid in "${PLATFORM_PIDS[@]}"; do CPU_BEFORE+=("$(cpu_ticks "$pid")"); done

CLIENT_LOG=target/bench-two-nodes.log
run_client \
  -Dbench.url="$(IFS=,; echo "${URLS[*]}")" \
  -Dbench.records="$RECORDS" \
  -Dbench.clients="$CLIENTS" \
  -Dbench.imageBytes="$IMAGE_BYTES" \
  -Dbench.jdbcUrl="$JDBC_URL" \
  -Dbench.user=bench \
  -Dbench.password=bench \
  mx.captacion.benchmark.IngestionBenchmark | tee "$CLIENT_LOG"

failures="$(awk '/^failures /{print $2}' "$CLIENT_LOG")"
acknowledged=$((RECORDS - ${failures:-$RECORDS}))

echo
echo "=== Two nodes, one database ==="
for i in "${!PLATFORM_PIDS[@]}"; do
  ticks=$(($(cpu_ticks "${PLATFORM_PIDS[$i]}") - CPU_BEFORE[i]))
  printf 'node %d CPU in the run     %s s (%s; both nodes receive, intake and run jobs)\n' "$((i + 1))" \
    "$(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN{printf "%.1f", t / hz}')" "${URLS[$i]}"
done

# Every figure but the first two must be 0 (the first two: records stored, records at the desk).
figures="$(
  psql -h "$PGHOST" -p "$PGPORT" -U bench -d "$DB" -At -F ' ' -v ON_ERROR_STOP=1 <<SQL
with record as (
  select id::text as key, status from captacion.citizen_record
), instances as (
  select i.business_key_ as key, count(*) as n
  from act_hi_procinst i join act_re_procdef d on d.id_ = i.proc_def_id_
  where d.key_ = 'citizen-record' group by i.business_key_
), tasks as (
  select i.business_key_ as key, count(*) as n
  from act_ru_task t join act_hi_procinst i on i.id_ = t.proc_inst_id_
  where t.task_def_key_ = 'ControlDeskReview' group by i.business_key_
)
select count(*),
       count(*) filter (where r.status = 'EN_MESA_DE_CONTROL'),
       abs(count(*) - $acknowledged),
       count(*) filter (where r.status not in ('EN_MESA_DE_CONTROL', 'DUPLICADO', 'CON_INCONSISTENCIA', 'PARA_COMPULSA')),
       count(*) filter (where i.n is null),
       count(*) filter (where i.n > 1),
       (select count(*) from instances where key not in (select key from record)),
       count(*) filter (where t.n > 1),
       count(*) filter (where (r.status = 'EN_MESA_DE_CONTROL') <> (coalesce(t.n, 0) = 1))
from record r left join instances i using (key) left join tasks t using (key);
SQL
)"
read -r stored at_desk unacknowledged_gap unfinished no_instance several_instances stray_instances several_tasks \
  task_mismatch <<< "$figures"

printf 'records posted             %d, acknowledged %d, stored %d (at the control desk: %d)\n' \
  "$RECORDS" "$acknowledged" "$stored" "$at_desk"
printf 'stored - acknowledged      %d\n' "$unacknowledged_gap"
printf 'records short of the desk   %d (neither at the desk nor at the rules end)\n' "$unfinished"
printf 'records without instance   %d\n' "$no_instance"
printf 'records with 2+ instances  %d\n' "$several_instances"
printf 'instances without record   %d\n' "$stray_instances"
printf 'records with 2+ desk tasks %d\n' "$several_tasks"
printf 'desk task ≠ status         %d (a task exactly when EN_MESA_DE_CONTROL)\n' "$task_mismatch"

if ((acknowledged != RECORDS || unacknowledged_gap + unfinished + no_instance + several_instances + stray_instances \
     + several_tasks + task_mismatch > 0)); then
  echo "VIOLATION: not every record was processed exactly once (or not every record was acknowledged)." >&2
  exit 1
fi
echo "OK: every record processed exactly once across ${#PORTS[@]} nodes."
