#!/usr/bin/env bash
# Respaldo completo de Captación: base de datos, imágenes cifradas y configuración sin secretos.
set -euo pipefail
OPS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$OPS/lib.sh"

usage() {
  cat <<'TXT'
Uso: ops/backup.sh [DIRECTORIO_DESTINO]

Hace un respaldo consistente de toda la plataforma en DIRECTORIO_DESTINO (por omisión
./respaldos/captacion-AAAAMMDD-HHMMSS, que no debe existir):
  base.dump          pg_dump -Fc de la base completa (esquema captacion y tablas de Camunda)
  imagenes.tar       la carpeta de imágenes (cifradas; las llaves NO van en el respaldo)
  configuracion.tar  processes/, forms/, integration/ y los application*.yaml externos,
                     con los valores de contraseñas, llaves, secretos y tokens retirados
  MANIFIESTO.txt     fecha, versiones, conteos y SHA-256 de cada parte

Variables (las mismas de producción):
  CAPTACION_DB_URL          jdbc:postgresql://servidor:puerto/base [jdbc:postgresql://localhost:5432/captacion]
  CAPTACION_DB_USER         [postgres]    CAPTACION_DB_PASSWORD  []
  CAPTACION_BLOB_DIR        carpeta de imágenes [./data/blobs]
  CAPTACION_CONFIG_DIR      carpeta que contiene processes/, forms/ e integration/ [.]
  CAPTACION_APP_CONFIG      application*.yaml externos, separados por espacios []

La base se copia primero y las imágenes después: las imágenes solo se agregan (su nombre es su
SHA-256), así que toda imagen que nombre la base copiada ya está en la carpeta al copiarla.
TXT
}
[[ "${1:-}" == "-h" || "${1:-}" == "--help" ]] && { usage; exit 0; }

pg_from_platform
BLOBS="${CAPTACION_BLOB_DIR:-./data/blobs}"
CONFIG="${CAPTACION_CONFIG_DIR:-.}"
OUT="${1:-./respaldos/captacion-$(date +%Y%m%d-%H%M%S)}"
[[ -e "$OUT" ]] && die "el destino $OUT ya existe; elija otro."
[[ -d "$BLOBS" ]] || die "no existe la carpeta de imágenes $BLOBS (CAPTACION_BLOB_DIR)."
for part in processes forms integration; do
  [[ -d "$CONFIG/$part" ]] || die "no existe $CONFIG/$part (CAPTACION_CONFIG_DIR)."
done
psql -qAtc 'select 1' > /dev/null || die "no se pudo conectar a la base $PGDATABASE en $PGHOST:$PGPORT como $PGUSER."
started=$SECONDS
mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "== Base de datos $PGDATABASE ($PGHOST:$PGPORT) → $OUT/base.dump"
pg_dump -Fc --no-owner --no-privileges -f "$OUT/base.dump"

# After the dump has finished: every blob it names is already in the folder (blobs are only added).
echo "== Imágenes de $BLOBS → $OUT/imagenes.tar"
blob_count="$(find "$BLOBS" -type f ! -name '*.tmp' | wc -l)"
tar -C "$BLOBS" --exclude='*.tmp' --exclude='blob-keys.properties' -cf "$OUT/imagenes.tar" .

echo "== Configuración de $CONFIG → $OUT/configuracion.tar"
mkdir -p "$WORK/config"
stripped="$WORK/retirados.txt"
: > "$stripped"
while IFS= read -r -d '' file; do
  rel="${file#"$CONFIG"/}"
  mkdir -p "$WORK/config/$(dirname "$rel")"
  case "$file" in
    *.yaml | *.yml | *.properties) strip_secrets "$file" "$WORK/config/$rel" 2> >(sed "s|^|$rel: |" >> "$stripped") ;;
    *) cp "$file" "$WORK/config/$rel" ;;
  esac
done < <(find "$CONFIG/processes" "$CONFIG/forms" "$CONFIG/integration" -type f -print0)
for file in ${CAPTACION_APP_CONFIG:-}; do
  [[ -f "$file" ]] || die "no existe $file (CAPTACION_APP_CONFIG)."
  mkdir -p "$WORK/config/externa"
  strip_secrets "$file" "$WORK/config/externa/$(basename "$file")" 2> >(sed "s|^|externa/$(basename "$file"): |" >> "$stripped")
done
wait
config_count="$(find "$WORK/config" -type f | wc -l)"
tar -C "$WORK/config" -cf "$OUT/configuracion.tar" .

echo "== Manifiesto"
q() { psql -qAtc "$1" 2> /dev/null || echo "?"; }
{
  echo "fecha: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "base: $PGDATABASE en $PGHOST:$PGPORT"
  echo "postgresql: $(q 'show server_version')"
  echo "pg_dump: $(pg_dump --version)"
  echo "migracion_captacion: $(q 'select max(version::int) from captacion.flyway_schema_history where success')"
  echo "esquema_camunda: $(q 'select version_ from public.act_ge_schema_log order by timestamp_ desc limit 1')"
  echo "registros: $(q 'select count(*) from captacion.citizen_record')"
  echo "tablas: $(q "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")"
  echo "imagenes: $blob_count"
  echo "archivos_configuracion: $config_count"
  echo "llaves: no incluidas (guárdelas aparte; sin ellas las imágenes no se pueden leer)"
  echo "valores_retirados: $(wc -l < "$stripped")"
  sed 's/^/  /' "$stripped"
  for part in base.dump imagenes.tar configuracion.tar; do
    echo "sha256 $part $(sha256 "$OUT/$part")"
  done
} > "$OUT/MANIFIESTO.txt"
cat "$OUT/MANIFIESTO.txt"
echo "== Respaldo listo en $OUT ($(du -sh "$OUT" | cut -f1), $((SECONDS - started)) s)"
