#!/usr/bin/env bash
# Writes a synthetic lista nominal extract (only fictitious citizens) in the import's CSV format.
#   bench/generate-roll.sh <lines> <file.csv> [share of bad lines, default 0.01] [seed, default 1]
#   bench/generate-roll.sh 1000 data/padron/demo.csv 0.05
set -euo pipefail
if [[ $# -lt 2 ]]; then
  echo "Uso: $0 <líneas> <archivo.csv> [proporción de líneas erróneas=0.01] [semilla=1]" >&2
  exit 2
fi
out="$(realpath -m "$2")"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[[ -d target/classes/mx ]] || ./mvnw -q -B compile
java -cp target/classes mx.captacion.demo.SyntheticRollGenerator "$1" "$out" "${@:3}"
