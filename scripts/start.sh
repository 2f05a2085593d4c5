#!/usr/bin/env bash
# Quick start, command 1: installs everything and runs the portal on its embedded default
# (SQLite, guest sign-in, a demo GitOps repository as a local bare git repository).
# Frontend: http://localhost:3000   Backend: http://localhost:7007
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
bash scripts/system-packages.sh git
yarn install --immutable
# HOMEPORT_KUBE_STUB=1: the GitOps views against a stub Kubernetes API with the demo services.
if [ -n "${HOMEPORT_KUBE_STUB:-}" ]; then
  export KUBE_STUB_URL=http://127.0.0.1:17443 KUBE_STUB_DNS=127.0.0.1:17443
  node e2e/kube-stub/server.mjs --port 17443 --dns-port 17443 --token kube-stub-token & stub_pid=$!
  trap 'kill "$stub_pid" 2>/dev/null' EXIT
  yarn start --config ../../app-config.yaml --config ../../e2e/kube-stub/app-config.kube-stub.yaml "$@"
  exit
fi
exec yarn start "$@"
