#!/usr/bin/env bash
# Makes sure the *IT tests have a PostgreSQL with pgvector: the one named by LECTERN_TEST_DB_URL, a
# Testcontainers container when a Docker engine runs, or else the local one provision-postgres.sh sets up.
set -euo pipefail
if [[ -n "${LECTERN_TEST_DB_URL:-}" ]]; then
  echo "[db] tests use LECTERN_TEST_DB_URL=${LECTERN_TEST_DB_URL}"
  exit 0
fi
if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  echo "[db] Docker engine found: tests start a pgvector/pgvector container with Testcontainers"
  exit 0
fi
exec "$(dirname "$0")/provision-postgres.sh"
