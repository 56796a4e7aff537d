#!/usr/bin/env bash
# Sets a machine up for Lectern and builds the example course into output/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/system-deps.sh
# Puppeteer's own browser download is skipped: Lectern finds a system Chromium
# (see src/pdf/find-browser.ts). Where none is installed, run
# "npx puppeteer browsers install chrome" once.
export PUPPETEER_SKIP_DOWNLOAD=1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run --silent compile
node dist/cli.js build lectures --pdf
