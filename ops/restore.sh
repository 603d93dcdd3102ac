#!/usr/bin/env bash
# Restaura un respaldo de ops/backup.sh en una base vacía y una carpeta de imágenes vacía.
set -euo pipefail
OPS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$OPS/lib.sh"

usage() {
  cat <<'TXT'
Uso: ops/restore.sh DIRECTORIO_DEL_RESPALDO

Comprueba primero el SHA-256 de cada parte contra MANIFIESTO.txt y después restaura:
  base.dump          en la base de CAPTACION_DB_URL, que debe estar vacía (se crea si no existe)
  imagenes.tar       en CAPTACION_BLOB_DIR, que debe estar vacía o no existir
  configuracion.tar  en CAPTACION_CONFIG_DIR (processes/, forms/, integration/ y externa/),
                     que no debe contener ya esas carpetas

Variables (las mismas de producción):
  CAPTACION_DB_URL      [jdbc:postgresql://localhost:5432/captacion]
  CAPTACION_DB_USER     [postgres]   CAPTACION_DB_PASSWORD  []
  CAPTACION_BLOB_DIR    [./data/blobs]
  CAPTACION_CONFIG_DIR  [.]

Las llaves de cifrado de las imágenes no van en el respaldo: arranque la plataforma restaurada
con las mismas CAPTACION_BLOBS_ENCRYPTION_* que la original; sin ellas las imágenes no se leen.
Los valores secretos retirados de la configuración (ver MANIFIESTO.txt) se vuelven a poner a mano.
TXT
}
[[ "${1:-}" == "-h" || "${1:-}" == "--help" ]] && { usage; exit 0; }
[[ $# -eq 1 ]] || { usage >&2; exit 2; }

SRC="$1"
pg_from_platform
BLOBS="${CAPTACION_BLOB_DIR:-./data/blobs}"
CONFIG="${CAPTACION_CONFIG_DIR:-.}"
[[ -f "$SRC/MANIFIESTO.txt" ]] || die "$SRC no tiene MANIFIESTO.txt; ¿es un respaldo de ops/backup.sh?"
started=$SECONDS

echo "== Comprobando las sumas SHA-256 del respaldo"
for part in base.dump imagenes.tar configuracion.tar; do
  expected="$(sed -n "s/^sha256 $part //p" "$SRC/MANIFIESTO.txt")"
  [[ -n "$expected" ]] || die "MANIFIESTO.txt no da la suma de $part."
  [[ -f "$SRC/$part" ]] || die "falta $SRC/$part."
  actual="$(sha256 "$SRC/$part")"
  [[ "$actual" == "$expected" ]] || die "$part está dañado: SHA-256 $actual, el manifiesto dice $expected."
  echo "   $part: correcto"
done

echo "== Comprobando que los destinos estén vacíos"
if [[ -d "$BLOBS" ]] && [[ -n "$(ls -A "$BLOBS")" ]]; then
  die "la carpeta de imágenes $BLOBS no está vacía."
fi
for part in processes forms integration externa; do
  [[ -e "$CONFIG/$part" ]] && die "$CONFIG/$part ya existe; restaure la configuración en otra carpeta (CAPTACION_CONFIG_DIR)."
done
exists="$(psql -d postgres -qAtc "select 1 from pg_database where datname = '$PGDATABASE'")"
if [[ -z "$exists" ]]; then
  echo "   la base $PGDATABASE no existe: se crea"
  createdb "$PGDATABASE"
fi
objects="$(psql -qAtc "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
    and n.nspname not like 'pg_temp%' and c.relkind in ('r', 'p', 'v', 'm', 'S')")"
[[ "$objects" == 0 ]] || die "la base $PGDATABASE no está vacía ($objects tablas, vistas o secuencias); use una base nueva."

echo "== Base de datos → $PGDATABASE ($PGHOST:$PGPORT)"
pg_restore --no-owner --no-privileges --exit-on-error -d "$PGDATABASE" "$SRC/base.dump"
# Fresh statistics, or the first reports plan as if the tables were empty.
psql -qc 'analyze'

echo "== Imágenes → $BLOBS"
mkdir -p "$BLOBS"
tar -C "$BLOBS" -xf "$SRC/imagenes.tar"

echo "== Configuración → $CONFIG"
mkdir -p "$CONFIG"
tar -C "$CONFIG" -xf "$SRC/configuracion.tar"

records="$(psql -qAtc 'select count(*) from captacion.citizen_record')"
echo "== Restaurado en $((SECONDS - started)) s: $records registros, $(find "$BLOBS" -type f | wc -l) imágenes"
echo "   (el manifiesto dice $(sed -n 's/^registros: //p' "$SRC/MANIFIESTO.txt") registros y $(sed -n 's/^imagenes: //p' "$SRC/MANIFIESTO.txt") imágenes)"
grep -q '^valores_retirados: 0$' "$SRC/MANIFIESTO.txt" \
  || echo "   Vuelva a poner los valores secretos retirados de la configuración (lista en $SRC/MANIFIESTO.txt)."
echo "   Arranque la plataforma con las mismas llaves CAPTACION_BLOBS_ENCRYPTION_* que la original."
