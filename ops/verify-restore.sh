#!/usr/bin/env bash
# Compara una plataforma restaurada con la original: todos los reportes y una muestra de imágenes.
set -euo pipefail
OPS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$OPS/lib.sh"
cd "$OPS/.."

usage() {
  cat <<'TXT'
Uso: ops/verify-restore.sh

Arranca el jar de la plataforma dos veces a la vez (sin trabajos ni envíos programados), una sobre
la base y las imágenes originales y otra sobre las restauradas, pide por la API cada reporte de
cada proceso y actor a varios cortes (JSON y CSV) como usuario ine-admin y una muestra de
imágenes como usuario mesa-control, y compara. Imprime «idéntico» o las diferencias; sale con 1
si hay alguna.

Variables:
  VERIFY_ORIGINAL_DB_URL, VERIFY_RESTORED_DB_URL      URLs JDBC de las dos bases (obligatorias)
  VERIFY_ORIGINAL_BLOB_DIR, VERIFY_RESTORED_BLOB_DIR  las dos carpetas de imágenes (obligatorias)
  CAPTACION_DB_USER [postgres], CAPTACION_DB_PASSWORD []   el mismo usuario para las dos bases
  CAPTACION_BLOBS_ENCRYPTION_CURRENTKEYID y CAPTACION_BLOBS_ENCRYPTION_KEYS_<ID>: las llaves
                                     de producción, las mismas para las dos (obligatorias)
  VERIFY_ADMIN_USER, VERIFY_ADMIN_PASSWORD   usuario de los grupos ine-admin y camunda-admin
  VERIFY_IMAGES [20]                 registros de la muestra (4 imágenes cada uno)
  VERIFY_PORTS ["18081 18082"]       VERIFY_SKIP_BUILD [0]

Deja en las dos bases las entradas de bitácora de las imágenes vistas (así debe ser) y crea,
y borra al terminar, un usuario temporal del grupo mesa-control.
TXT
}
[[ "${1:-}" == "-h" || "${1:-}" == "--help" ]] && { usage; exit 0; }
for v in VERIFY_ORIGINAL_DB_URL VERIFY_RESTORED_DB_URL VERIFY_ORIGINAL_BLOB_DIR VERIFY_RESTORED_BLOB_DIR \
  VERIFY_ADMIN_USER VERIFY_ADMIN_PASSWORD CAPTACION_BLOBS_ENCRYPTION_CURRENTKEYID; do
  [[ -n "${!v:-}" ]] || die "falta la variable $v (ops/verify-restore.sh --help)."
done
read -r PORT_A PORT_B <<< "${VERIFY_PORTS:-18081 18082}"
SAMPLE="${VERIFY_IMAGES:-20}"
started=$SECONDS
WORK="$(mktemp -d -t captacion-verificacion.XXXXXX)"
PIDS=()
REVIEWER="verificacion$RANDOM$RANDOM"
REVIEWER_PASSWORD="$(openssl rand -hex 16)"
ADMIN=(-u "$VERIFY_ADMIN_USER:$VERIFY_ADMIN_PASSWORD")

cleanup() {
  for port in "$PORT_A" "$PORT_B"; do
    curl -s -o /dev/null "${ADMIN[@]}" -X DELETE "http://localhost:$port/engine-rest/user/$REVIEWER" || true
  done
  for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2> /dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

if [[ "${VERIFY_SKIP_BUILD:-0}" != 1 ]] && ! ls target/captacion-*.jar > /dev/null 2>&1; then
  echo "== Construyendo el jar"
  ./mvnw -B -ntp -o -q -DskipTests package
fi
JAR="$(ls target/captacion-*.jar | grep -v '\.original$' | head -n 1)"

# Starts the jar on port $1 against JDBC URL $2 and blob folder $3, quiet: no job executor, no
# scheduled compulsa, counts, export or demo, mail and help-desk folders in a scratch directory, so
# neither side changes while it is read.
start() {
  local port="$1" name="$4"
  if curl -s -o /dev/null "http://localhost:$port/actuator/health"; then
    die "algo ya responde en el puerto $port; detenga ese proceso o cambie VERIFY_PORTS."
  fi
  mkdir -p "$WORK/$name/run"
  (cd "$WORK/$name/run" && exec java -jar "$OLDPWD/$JAR" \
    --spring.profiles.active=postgres --server.port="$port" \
    --spring.datasource.url="$2" --captacion.blobs.directory="$3" \
    --camunda.bpm.job-execution.enabled=false \
    --captacion.compulsa.scheduled=false --captacion.reports.rollup.scheduled=false \
    --captacion.nota.export.scheduled=false \
    > "$WORK/$name.log" 2>&1) &
  PIDS+=($!)
}

wait_up() {
  local port="$1" log="$2" deadline=$((SECONDS + 300))
  until curl -fsS "http://localhost:$port/actuator/health" 2> /dev/null | grep -q '"status":"UP"'; do
    if ((SECONDS >= deadline)); then
      tail -n 30 "$log" >&2
      die "la plataforma del puerto $port no arrancó en 300 s."
    fi
    sleep 2
  done
}

echo "== Arrancando la original (puerto $PORT_A) y la restaurada (puerto $PORT_B)"
start "$PORT_A" "$VERIFY_ORIGINAL_DB_URL" "$VERIFY_ORIGINAL_BLOB_DIR" original
start "$PORT_B" "$VERIFY_RESTORED_DB_URL" "$VERIFY_RESTORED_BLOB_DIR" restaurada
wait_up "$PORT_A" "$WORK/original.log"
wait_up "$PORT_B" "$WORK/restaurada.log"
echo "   arriba después de $((SECONDS - started)) s"

for port in "$PORT_A" "$PORT_B"; do
  curl -fsS -o /dev/null "${ADMIN[@]}" -H 'Content-Type: application/json' \
    -d "{\"profile\":{\"id\":\"$REVIEWER\",\"firstName\":\"Verificación\",\"lastName\":\"Respaldo\"},\"credentials\":{\"password\":\"$REVIEWER_PASSWORD\"}}" \
    "http://localhost:$port/engine-rest/user/create" || die "no se pudo crear el usuario temporal en el puerto $port (¿VERIFY_ADMIN_USER es camunda-admin?)."
  curl -fsS -o /dev/null "${ADMIN[@]}" -X PUT "http://localhost:$port/engine-rest/group/mesa-control/members/$REVIEWER" \
    || die "no se pudo poner al usuario temporal en mesa-control (puerto $port)."
done

compared=0
different=0
absent=0
# Fetches path $2 from both sides as user $1 and compares the answers (status and body).
compare() {
  local credentials="$1" path="$2" file
  file="$(echo "$path" | tr -c 'A-Za-z0-9.-' '_')"
  local code_a code_b
  code_a="$(curl -s -u "$credentials" -o "$WORK/a_$file" -w '%{http_code}' "http://localhost:$PORT_A$path")"
  code_b="$(curl -s -u "$credentials" -o "$WORK/b_$file" -w '%{http_code}' "http://localhost:$PORT_B$path")"
  compared=$((compared + 1))
  if [[ "$code_a" != "$code_b" ]] || ! cmp -s "$WORK/a_$file" "$WORK/b_$file"; then
    different=$((different + 1))
    echo "DIFERENTE: $path (original $code_a, restaurada $code_b)"
    diff <(head -c 4000 "$WORK/a_$file") <(head -c 4000 "$WORK/b_$file") | head -n 20 || true
  elif [[ "$code_a" != 200 ]]; then
    absent=$((absent + 1))
  fi
}
ADMIN_CREDENTIALS="$VERIFY_ADMIN_USER:$VERIFY_ADMIN_PASSWORD"
api() { curl -fsS "${ADMIN[@]}" "http://localhost:$PORT_A$1"; }

echo "== Reportes"
compare "$ADMIN_CREDENTIALS" /api/v1/processes
reports=0
for code in $(api /api/v1/processes | jq -r '.[].code'); do
  process="$(api "/api/v1/processes/$code")"
  start_day="$(jq -r .periodStart <<< "$process")"
  end_day="$(jq -r .periodEnd <<< "$process")"
  # Cut-offs: the process's middle and last day, and today (fixed once for both sides).
  middle="$(date -u -d "@$((($(date -u -d "$start_day" +%s) + $(date -u -d "$end_day" +%s)) / 2))" +%Y-%m-%d)"
  cutoffs=("${middle}T18:00:00Z" "${end_day}T23:59:59Z" "$(date -u +%Y-%m-%dT%H:%M:00Z)")
  compare "$ADMIN_CREDENTIALS" "/api/v1/processes/$code/actors"
  folios="$(api "/api/v1/processes/$code/actors" | jq -r '.[].folio')"
  for cutoff in "${cutoffs[@]}"; do
    for report in actors-per-day records-per-month records-per-month-by-state records-per-month-by-actor; do
      compare "$ADMIN_CREDENTIALS" "/api/v1/processes/$code/$report?cutoff=$cutoff"
    done
    for report in actores-por-dia recepcion-por-mes recepcion-por-mes-por-entidad recepcion-por-mes-por-actor; do
      compare "$ADMIN_CREDENTIALS" "/api/v1/processes/$code/reports/$report.csv?cutoff=$cutoff"
    done
    for folio in $folios; do
      for report in progress auxiliares-report auxiliares-quality threshold records-per-day; do
        compare "$ADMIN_CREDENTIALS" "/api/v1/actors/$folio/$report?cutoff=$cutoff"
      done
      for report in auxiliares bajas avance inconsistencias recepcion-por-dia umbral; do
        compare "$ADMIN_CREDENTIALS" "/api/v1/actors/$folio/reports/$report.csv?cutoff=$cutoff"
      done
    done
  done
done
reports=$compared

echo "== Imágenes (muestra de $SAMPLE registros)"
pg_from_platform_url() { CAPTACION_DB_URL="$1" pg_from_platform; }
pg_from_platform_url "$VERIFY_ORIGINAL_DB_URL"
for id in $(psql -qAtc "select id from captacion.citizen_record order by md5(id::text) limit $SAMPLE"); do
  for kind in anverso reverso fotoViva firma; do
    compare "$REVIEWER:$REVIEWER_PASSWORD" "/mesa-control/registros/$id/imagenes/$kind"
  done
done
images=$((compared - reports))

echo "== $reports respuestas de reportes y $images de imágenes comparadas ($absent sin contenido en ambas), $((SECONDS - started)) s"
if ((different > 0)); then
  echo "DIFERENTE: $different de $compared respuestas"
  exit 1
fi
echo "idéntico"
