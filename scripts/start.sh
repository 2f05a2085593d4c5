#!/usr/bin/env bash
# Quick start, command 1: installs everything and runs the portal on its embedded default
# (SQLite, guest sign-in, a demo GitOps repository as a local bare git repository).
# Frontend: http://localhost:3000   Backend: http://localhost:7007
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
bash scripts/system-packages.sh git
yarn install --immutable
exec yarn start "$@"
