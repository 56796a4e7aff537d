#!/usr/bin/env bash
# Sets a machine up for Lectern and builds the example course into output/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/system-deps.sh
# Lectern prints with the system's Chromium (installed above); on a machine
# without one, "lectern browser install" downloads Chrome's headless shell.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run --silent compile
node dist/cli.js build lectures --pdf
