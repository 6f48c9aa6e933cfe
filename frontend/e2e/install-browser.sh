#!/usr/bin/env bash
# Installs Debian's Chromium at /usr/bin/chromium for the browser tests (frontend/e2e, run by BrowserIT).
# The tests drive it through playwright-core, which never downloads a browser of its own.
# Idempotent: does nothing when /usr/bin/chromium is already there. Needs root or sudo (Debian/Ubuntu apt).
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
CHROMIUM=/usr/bin/chromium

if [[ -x "$CHROMIUM" ]]; then
  echo "[browser] chromium already installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi

if [[ "$(id -u)" -eq 0 ]]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "[browser] need root or sudo to install chromium (apt-get install chromium)" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "[browser] apt-get not found: install Chromium at $CHROMIUM with this system's package manager" >&2
  exit 1
fi

echo "[browser] installing chromium"
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq chromium
if [[ ! -x "$CHROMIUM" ]]; then
  echo "[browser] the chromium package did not provide $CHROMIUM" >&2
  exit 1
fi
echo "[browser] installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
