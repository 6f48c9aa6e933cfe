#!/usr/bin/env bash
#
# Provision a local PostgreSQL 15 + pgvector for Lectern (dev, tests, CI).
#
# Debian 12 (bookworm) only ships PostgreSQL 15 but no pgvector package, so
# pgvector is built from Debian 13 (trixie)'s *source* package, fetched from
# the same Debian mirror this machine already uses. The trixie deb-src entry
# lives in a private, throw-away apt configuration (own sources file, own
# lists dir, no package caches): /etc/apt and the system package lists are
# never touched, so no trixie binary package can ever be installed and
# `apt-get upgrade` is unaffected.
#
# Idempotent and fast on re-run: every step is skipped when already done.
# See db/README.md for the environment variables.

set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
export LANG=C.UTF-8 LC_ALL=C.UTF-8

PG_MAJOR="${LECTERN_PG_MAJOR:-15}"
PG_CLUSTER="${LECTERN_PG_CLUSTER:-main}"
DB_NAME="${LECTERN_DB_NAME:-lectern}"
DB_USER="${LECTERN_DB_USER:-lectern}"
DB_PASSWORD="${LECTERN_DB_PASSWORD:-lectern}"
DB_PORT="${LECTERN_DB_PORT:-5432}"
PGVECTOR_SUITE="${LECTERN_PGVECTOR_SUITE:-trixie}"
# pgvector is not a "trusted" extension, so a non-superuser cannot CREATE
# EXTENSION vector. Installing it into template1 makes every scratch database
# that tests create (CREATE DATABASE defaults to TEMPLATE template1) have it.
VECTOR_IN_TEMPLATE1="${LECTERN_DB_VECTOR_IN_TEMPLATE1:-1}"
# Optional: Debian mirror URI to fetch the pgvector source from
# (default: detected from the machine's apt sources).
DEBIAN_MIRROR="${LECTERN_DEBIAN_MIRROR:-}"

PG_BINDIR="/usr/lib/postgresql/${PG_MAJOR}/bin"
PG_CONFIG="${PG_BINDIR}/pg_config"

log() { printf '[db] %s\n' "$*"; }
die() { printf '[db] ERROR: %s\n' "$*" >&2; exit 1; }

# Work from a neutral directory so the script behaves the same from anywhere
# (and psql running as `postgres` does not complain about an unreadable cwd).
cd /

# ---------------------------------------------------------------- privileges
# Note: `9>&-` closes the lock file descriptor (see below) for every command
# that may start a daemon (pg_ctlcluster, apt postinst scripts); otherwise the
# postmaster inherits it and holds the lock forever, blocking later runs.
if [[ ${EUID} -eq 0 ]]; then
  as_root() { "$@" 9>&-; }
  as_postgres() { runuser -u postgres -- "$@" 9>&-; }
elif command -v sudo >/dev/null 2>&1; then
  as_root() { sudo -E "$@" 9>&-; }
  as_postgres() { sudo -u postgres -- "$@" 9>&-; }
else
  die "must run as root or with sudo available"
fi

# Serialize concurrent runs (e.g. parallel CI steps on one host).
if command -v flock >/dev/null 2>&1; then
  exec 9>"/tmp/lectern-db-provision.lock"
  flock -w 600 9 || die "another provisioning run holds /tmp/lectern-db-provision.lock"
fi

START_SECONDS=${SECONDS}

# ---------------------------------------------------------------- apt helpers
is_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

APT_UPDATED=0
apt_update_once() {
  if [[ ${APT_UPDATED} -eq 0 ]]; then
    log "apt-get update"
    as_root apt-get update -qq
    APT_UPDATED=1
  fi
}

# apt_install PKG... : installs only the packages that are missing.
apt_install() {
  local missing=() p
  for p in "$@"; do
    is_installed "$p" || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  apt_update_once
  log "apt-get install ${missing[*]}"
  as_root apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    "${missing[@]}" >/dev/null
}

# ---------------------------------------------------------------- 1. PostgreSQL
if [[ -x "${PG_BINDIR}/postgres" ]] && is_installed "postgresql-client-${PG_MAJOR}" \
   && command -v pg_ctlcluster >/dev/null 2>&1; then
  log "PostgreSQL ${PG_MAJOR} already installed"
else
  log "installing PostgreSQL ${PG_MAJOR} from Debian"
  apt_install "postgresql-${PG_MAJOR}" "postgresql-client-${PG_MAJOR}" postgresql-common
fi

# ---------------------------------------------------------------- 2. pgvector
# Prints the URI of the Debian archive that serves this machine's release
# (e.g. http://deb.debian.org/debian), from deb822 *.sources files and
# one-line *.list / sources.list files. Security and -updates archives are
# skipped because their suite is not the bare codename.
detect_debian_mirror() {
  local codename
  codename="$(. /etc/os-release && printf '%s' "${VERSION_CODENAME:-}")"
  [[ -n ${codename} ]] || return 1
  local f files=()
  shopt -s nullglob
  files=(/etc/apt/sources.list.d/*.sources)
  for f in "${files[@]}"; do
    awk -v cn="${codename}" '
      BEGIN { RS = ""; FS = "\n" }
      {
        delete v; key = ""
        for (i = 1; i <= NF; i++) {
          line = $i
          if (line ~ /^[ \t]*#/) continue
          if (line ~ /^[A-Za-z0-9-]+:/) {
            key = tolower(substr(line, 1, index(line, ":") - 1))
            v[key] = substr(line, index(line, ":") + 1)
          } else if (line ~ /^[ \t]/ && key != "") {
            v[key] = v[key] " " line
          }
        }
        if (tolower(v["enabled"]) ~ /no/) next
        if ((" " v["types"] " ") !~ /[ \t]deb[ \t]/) next
        if ((" " v["suites"] " ") !~ ("[ \t]" cn "[ \t]")) next
        n = split(v["uris"], u, /[ \t]+/)
        for (j = 1; j <= n; j++) if (u[j] ~ /^https?:\/\//) { print u[j]; exit }
      }' "${f}"
  done
  files=(/etc/apt/sources.list /etc/apt/sources.list.d/*.list)
  for f in "${files[@]}"; do
    [[ -r ${f} ]] || continue
    sed -e 's/#.*//' -e 's/\[[^]]*\]//g' "${f}" | awk -v cn="${codename}" '
      $1 == "deb" && $2 ~ /^https?:\/\// && $3 == cn { print $2; exit }'
  done
  shopt -u nullglob
}

pgvector_installed() {
  [[ -f "$("${PG_CONFIG}" --sharedir)/extension/vector.control" ]] \
    && [[ -f "$("${PG_CONFIG}" --pkglibdir)/vector.so" ]]
}

build_pgvector_from_debian_source() {
  local mirror="${DEBIAN_MIRROR}"
  if [[ -z ${mirror} ]]; then
    mirror="$(detect_debian_mirror | head -n1 || true)"
  fi
  [[ -n ${mirror} ]] || die "could not find a Debian mirror in /etc/apt sources; set LECTERN_DEBIAN_MIRROR (e.g. the URI of your Debian archive)"
  mirror="${mirror%/}"
  log "pgvector: fetching Debian '${PGVECTOR_SUITE}' source package from ${mirror}"

  apt_install build-essential "postgresql-server-dev-${PG_MAJOR}"

  local work
  work="$(mktemp -d /tmp/lectern-pgvector.XXXXXX)"
  # shellcheck disable=SC2064
  trap "rm -rf '${work}'" EXIT
  chmod 755 "${work}"
  mkdir -p "${work}/apt/lists/partial" "${work}/apt/sources.list.d" "${work}/src"

  local keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  local signed=""
  [[ -r ${keyring} ]] && signed="[signed-by=${keyring}] "
  printf 'deb-src %s%s %s main\n' "${signed}" "${mirror}" "${PGVECTOR_SUITE}" \
    > "${work}/apt/sources.list"

  # Private apt config: only our deb-src line, our own lists dir, and no
  # binary caches, so the system's apt state is left exactly as it was.
  local apt_opts=(
    -o "Dir::Etc::SourceList=${work}/apt/sources.list"
    -o "Dir::Etc::SourceParts=${work}/apt/sources.list.d"
    -o "Dir::State::Lists=${work}/apt/lists"
    -o "Dir::Cache::pkgcache="
    -o "Dir::Cache::srcpkgcache="
    -o "APT::Get::List-Cleanup=false"
  )
  if [[ ${EUID} -eq 0 ]] && id _apt >/dev/null 2>&1; then
    # let apt's download sandbox user write into our private dirs
    chown _apt "${work}/apt/lists/partial" "${work}/src"
  fi

  apt-get "${apt_opts[@]}" update -qq
  (cd "${work}/src" && apt-get "${apt_opts[@]}" source --download-only -qq pgvector)

  local orig
  orig="$(find "${work}/src" -maxdepth 1 -name 'pgvector_*.orig.tar.*' | head -n1)"
  [[ -n ${orig} ]] || die "pgvector .orig tarball not found after apt-get source"
  log "pgvector: building $(basename "${orig}")"
  mkdir "${work}/src/build"
  tar -xf "${orig}" -C "${work}/src/build" --strip-components=1

  # OPTFLAGS="" => no -march=native, so the binary is portable across CPUs
  # (pgvector still picks SIMD code paths at runtime where it supports it).
  make -s -C "${work}/src/build" -j"$(nproc)" PG_CONFIG="${PG_CONFIG}" OPTFLAGS="" >/dev/null
  as_root make -s -C "${work}/src/build" PG_CONFIG="${PG_CONFIG}" OPTFLAGS="" install >/dev/null

  rm -rf "${work}"
  trap - EXIT
}

if pgvector_installed; then
  log "pgvector already installed ($(sed -n "s/^default_version *= *'\(.*\)'/\1/p" \
    "$("${PG_CONFIG}" --sharedir)/extension/vector.control"))"
else
  # Prefer a binary package if some configured repo (e.g. apt.postgresql.org)
  # provides one; otherwise build from Debian's source package.
  candidate=""
  if [[ -n "$(apt-cache policy "postgresql-${PG_MAJOR}-pgvector" 2>/dev/null)" ]]; then
    candidate="$(apt-cache policy "postgresql-${PG_MAJOR}-pgvector" | awk '/Candidate:/ {print $2}')"
  fi
  if [[ -n ${candidate} && ${candidate} != "(none)" ]]; then
    log "pgvector: installing package postgresql-${PG_MAJOR}-pgvector ${candidate}"
    apt_install "postgresql-${PG_MAJOR}-pgvector"
  else
    build_pgvector_from_debian_source
  fi
  pgvector_installed || die "pgvector installation failed (vector.control/vector.so missing)"
  log "pgvector installed ($(sed -n "s/^default_version *= *'\(.*\)'/\1/p" \
    "$("${PG_CONFIG}" --sharedir)/extension/vector.control"))"
fi

# ---------------------------------------------------------------- 3. cluster
cluster_line() {
  pg_lsclusters -h 2>/dev/null | awk -v v="${PG_MAJOR}" -v c="${PG_CLUSTER}" '$1 == v && $2 == c'
}

if [[ -z "$(cluster_line)" ]]; then
  log "creating cluster ${PG_MAJOR}/${PG_CLUSTER} on port ${DB_PORT}"
  as_root pg_createcluster --locale=C.UTF-8 --encoding=UTF8 -p "${DB_PORT}" \
    "${PG_MAJOR}" "${PG_CLUSTER}" >/dev/null
fi

read -r _ _ cluster_port cluster_status _ <<<"$(cluster_line)"
if [[ ${cluster_port} != "${DB_PORT}" ]]; then
  die "cluster ${PG_MAJOR}/${PG_CLUSTER} listens on port ${cluster_port}, not ${DB_PORT}; set LECTERN_DB_PORT=${cluster_port} or change the cluster's port"
fi

if [[ ${cluster_status} == online* ]]; then
  log "cluster ${PG_MAJOR}/${PG_CLUSTER} already running on port ${DB_PORT}"
else
  log "starting cluster ${PG_MAJOR}/${PG_CLUSTER}"
  if ! as_root pg_ctlcluster "${PG_MAJOR}" "${PG_CLUSTER}" start; then
    tail -n 20 "/var/log/postgresql/postgresql-${PG_MAJOR}-${PG_CLUSTER}.log" >&2 || true
    die "could not start cluster ${PG_MAJOR}/${PG_CLUSTER}"
  fi
fi

for _ in $(seq 1 60); do
  if "${PG_BINDIR}/pg_isready" -q -h 127.0.0.1 -p "${DB_PORT}"; then
    break
  fi
  sleep 0.5
done
"${PG_BINDIR}/pg_isready" -q -h 127.0.0.1 -p "${DB_PORT}" \
  || die "PostgreSQL is not accepting connections on 127.0.0.1:${DB_PORT}"
log "PostgreSQL is ready on 127.0.0.1:${DB_PORT}"

# ---------------------------------------------------------------- 4. role, database, extension
# Values are handed to psql as \set variables on stdin (never on the command
# line, so the password does not show up in `ps`) and quoted by psql itself.
psql_quote() {  # quote a value for a psql \set argument
  local s=${1//\\/\\\\}
  s=${s//$'\n'/\\n}
  printf "'%s'" "${s//\'/\'\'}"
}

template1_sql=""
if [[ ${VECTOR_IN_TEMPLATE1} == 1 ]]; then
  template1_sql='\connect template1
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS vector;
ALTER EXTENSION vector UPDATE;'
fi

log "ensuring role '${DB_USER}', database '${DB_NAME}' and extension 'vector'"
as_postgres "${PG_BINDIR}/psql" -X -q -v ON_ERROR_STOP=1 -p "${DB_PORT}" -d postgres <<SQL
\\set db_user $(psql_quote "${DB_USER}")
\\set db_pass $(psql_quote "${DB_PASSWORD}")
\\set db_name $(psql_quote "${DB_NAME}")
SET client_min_messages = warning;

SELECT format('CREATE ROLE %I LOGIN', :'db_user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'db_user') \\gexec
ALTER ROLE :"db_user" WITH LOGIN CREATEDB PASSWORD :'db_pass';

SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L LC_COLLATE %L LC_CTYPE %L TEMPLATE template0',
              :'db_name', :'db_user', 'UTF8', 'C.UTF-8', 'C.UTF-8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db_name') \\gexec
ALTER DATABASE :"db_name" OWNER TO :"db_user";

\\connect :"db_name"
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS vector;
ALTER EXTENSION vector UPDATE;
${template1_sql}
SQL

# ---------------------------------------------------------------- 5. verify
log "verifying password login over TCP (127.0.0.1:${DB_PORT})"
if ! ext_version="$(PGPASSWORD="${DB_PASSWORD}" PGCONNECT_TIMEOUT=10 "${PG_BINDIR}/psql" -X -qtA \
      -h 127.0.0.1 -p "${DB_PORT}" -U "${DB_USER}" -d "${DB_NAME}" \
      -c "select extversion from pg_extension where extname = 'vector'")"; then
  log "pg_hba rules in effect:" >&2
  as_postgres "${PG_BINDIR}/psql" -X -p "${DB_PORT}" -d postgres \
    -c "select type, database, user_name, address, auth_method from pg_hba_file_rules" >&2 || true
  die "password login as '${DB_USER}' to 127.0.0.1:${DB_PORT}/${DB_NAME} failed"
fi
[[ -n ${ext_version} ]] || die "extension 'vector' is missing in database '${DB_NAME}'"

log "ok: database '${DB_NAME}', role '${DB_USER}', pgvector ${ext_version} ($((SECONDS - START_SECONDS))s)"
log "JDBC URL: jdbc:postgresql://localhost:${DB_PORT}/${DB_NAME}"
