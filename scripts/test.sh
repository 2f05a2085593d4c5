#!/usr/bin/env bash
# Quick start, command 2: installs everything and runs every test: typecheck, lint, unit tests,
# backend integration tests (SQLite and a real PostgreSQL) and browser tests (Debian Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
bash scripts/system-packages.sh git chromium postgresql kubectl
yarn install --immutable
export CI=true

started=$SECONDS
step() {
  local name=$1; shift
  local t=$SECONDS
  echo "==> $name"
  "$@"
  echo "<== $name: $((SECONDS - t)) s"
}

step "typecheck" yarn tsc
step "api reports (yarn build:api-reports writes them)" yarn api-reports:check
step "lint" yarn lint:all
step "unit tests" yarn test
step "standalone command line (packed, on the system Node)" node --test --test-reporter=spec e2e/cli.test.mjs
step "install test (the packed plugins in a stock create-app app)" bash e2e/install/run.sh
step "build the frontend" yarn workspace app build
step "integration and browser tests" bash e2e/run.sh
echo "all tests passed in $((SECONDS - started)) s"
