#!/usr/bin/env bash
# Installs what only the tests use: LibreOffice, which renders the exported
# .pptx files. Where apt is not available the rendering test is skipped and
# says why. Quiet when it is already there.
set -euo pipefail
command -v soffice >/dev/null 2>&1 && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "test: installing libreoffice-impress with apt-get (renders the .pptx files in the tests)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends libreoffice-impress >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends libreoffice-impress >/dev/null; } \
    || echo "test: LibreOffice could not be installed; the .pptx rendering test will be skipped" >&2
fi
exit 0
