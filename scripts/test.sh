#!/usr/bin/env bash
# Runs every test: compiles the CLI the tests call, then vitest (unit, golden, CLI and browser projects).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/test-deps.sh
npm run --silent compile
exec npx vitest run "$@"
