#!/usr/bin/env bash
# Installs the system packages Lectern needs when they are missing:
# Chromium (PDF export, browser tests), poppler-utils (PDF checks in tests)
# and a font with Cyrillic for Chromium's fallback. Quiet when all are there.
set -euo pipefail

missing=()
have_browser() {
  [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] && [ -x "${PUPPETEER_EXECUTABLE_PATH}" ] && return 0
  for b in chromium chromium-browser google-chrome google-chrome-stable; do
    command -v "$b" >/dev/null 2>&1 && return 0
  done
  return 1
}
have_browser || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if ! fc-list :lang=ru 2>/dev/null | grep -q .; then missing+=(fonts-dejavu-core); fi

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing ${missing[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "setup: these system packages are missing: ${missing[*]}" >&2
  echo "setup: install them (Debian/Ubuntu: sudo apt-get install ${missing[*]}), or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium" >&2
  echo "setup: HTML builds work without them; PDF export and the browser tests do not" >&2
fi
