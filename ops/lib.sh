# Shared by ops/backup.sh, ops/restore.sh and ops/verify-restore.sh. Sourced, not run.

die() {
  echo "ERROR: $*" >&2
  exit 1
}

# Sets PGHOST, PGPORT, PGDATABASE, PGUSER (and PGPASSWORD) for psql, pg_dump and pg_restore from the
# platform's own variables: CAPTACION_DB_URL (jdbc:postgresql://host[:port]/name[?…]),
# CAPTACION_DB_USER and CAPTACION_DB_PASSWORD, with the platform's defaults.
pg_from_platform() {
  local url="${CAPTACION_DB_URL:-jdbc:postgresql://localhost:5432/captacion}"
  [[ "$url" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+)(\?.*)?$ ]] \
    || die "CAPTACION_DB_URL no es una URL JDBC de PostgreSQL (jdbc:postgresql://servidor:puerto/base): $url"
  export PGHOST="${BASH_REMATCH[1]}" PGPORT="${BASH_REMATCH[3]:-5432}" PGDATABASE="${BASH_REMATCH[4]}"
  export PGUSER="${CAPTACION_DB_USER:-postgres}"
  if [[ -n "${CAPTACION_DB_PASSWORD:-}" ]]; then export PGPASSWORD="$CAPTACION_DB_PASSWORD"; fi
}

# The property names whose values are secrets: never written to a backup.
SECRET_NAME='(password|passwd|secret|token|credential|private[-_.]?key|access[-_.]?key|api[-_.]?key|keys?)'

# Copies the text file $1 to $2 with the value of every secret-looking property blanked: YAML
# `name: value`, properties `name=value` and URI parameters `?password=…&…` (Camel endpoints).
# Placeholders (${…}, {{…}}) and empty values stay, they hold no secret. Prints each blanked name.
strip_secrets() {
  awk -v name="$SECRET_NAME" 'BEGIN { inside = -1 }
    function secret(key) { k = tolower(key); return k != "key" && k ~ ("(^|[-_.])" name "$") && k !~ /key-?id$/ }
    function placeholder(v) { return v ~ /^["'\'']?(\$\{|\{\{)/ || v ~ /^["'\'']?["'\'']?[ \t]*(#.*)?$/ }
    {
      line = $0
      # YAML: "  name: value"
      if (match(line, /^[ \t-]*[A-Za-z0-9_.-]+[ \t]*:[ \t]*/)) {
        head = substr(line, 1, RLENGTH); value = substr(line, RLENGTH + 1)
        key = head; gsub(/[ \t:-]/, "", key)
        match(head, /^[ \t-]*/); indent = RLENGTH
        if (inside >= 0 && indent <= inside) inside = -1
        # a secret-named mapping (keys:) makes every value under it secret
        if (value ~ /^[ \t]*(#.*)?$/ && secret(key) && inside < 0) inside = indent
        else if (value != "" && !placeholder(value) && (secret(key) || inside >= 0)) {
          print key > "/dev/stderr"; line = head "\"\"  # retirado por ops/backup.sh"
        }
      } else if (match(line, /^[ \t]*[A-Za-z0-9_.-]+[ \t]*[=][ \t]*/)) {
        head = substr(line, 1, RLENGTH); value = substr(line, RLENGTH + 1)
        key = head; gsub(/[ \t=]/, "", key)
        if (value != "" && !placeholder(value) && secret(key)) {
          print key > "/dev/stderr"; line = head
        }
      }
      # URI parameters, anywhere in the line
      out = ""
      while (match(line, /[?&][A-Za-z0-9_.-]+=[^&"'\'' \t]*/)) {
        param = substr(line, RSTART, RLENGTH); eq = index(param, "=")
        key = substr(param, 2, eq - 2); value = substr(param, eq + 1)
        if (value != "" && value !~ /^(\$\{|\{\{|RAW\(\{\{)/ && secret(key)) {
          print key > "/dev/stderr"; param = substr(param, 1, eq)
        }
        out = out substr(line, 1, RSTART - 1) param; line = substr(line, RSTART + RLENGTH)
      }
      print out line
    }' "$1" > "$2"
}

# SHA-256 of file $1, hexadecimal.
sha256() {
  sha256sum "$1" | cut -d' ' -f1
}
