#!/usr/bin/env bash
# Installs Tesseract OCR with English data so that scanned PDFs and images can be indexed.
# Idempotent: does nothing when tesseract is already on PATH. Needs root or sudo (Debian/Ubuntu apt).
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

if command -v tesseract >/dev/null 2>&1; then
  echo "[ocr] tesseract already installed: $(tesseract --version 2>&1 | head -n 1)"
  exit 0
fi

if [[ "$(id -u)" -eq 0 ]]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "[ocr] need root or sudo to install tesseract-ocr" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "[ocr] apt-get not found: install tesseract-ocr and its English data with this system's package manager" >&2
  exit 1
fi

echo "[ocr] installing tesseract-ocr and tesseract-ocr-eng"
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends tesseract-ocr tesseract-ocr-eng
echo "[ocr] installed: $(tesseract --version 2>&1 | head -n 1)"
