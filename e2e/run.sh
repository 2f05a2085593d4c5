#!/usr/bin/env bash
# Integration and browser tests against a started backend:
#  1. the embedded default (SQLite): backend integration test;
#  2. the production path (PostgreSQL from Debian's package, started here): backend integration
#     test, then the browser test in Chromium against the frontend the backend serves.
# Logs and screenshots land in artifacts/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
artifacts=$root/artifacts
mkdir -p "$artifacts"
scratch=$(mktemp -d /tmp/homeport-e2e.XXXXXX)
chmod 755 "$scratch"
backend_pid=""
pg_dir="$scratch/pg"

cleanup() {
  [ -n "${stub_pid:-}" ] && kill "$stub_pid" 2>/dev/null || true
  [ -n "${charts_pid:-}" ] && kill "$charts_pid" 2>/dev/null || true
  [ -n "$backend_pid" ] && kill -- -"$backend_pid" 2>/dev/null || true
  [ -f "$pg_dir/PG_VERSION" ] && e2e/postgres.sh stop "$pg_dir"
  rm -rf "$scratch"
}
trap cleanup EXIT

export HOMEPORT_E2E_TOKEN="e2e-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
export HOMEPORT_CATALOG_INFO="$root/catalog-info.yaml"
# HOMEPORT_E2E_PORT (default 7007) moves the backend, the stub cluster and PostgreSQL
# together, so that two checkouts can run their e2e suites side by side.
export HOMEPORT_E2E_PORT=${HOMEPORT_E2E_PORT:-7007}
kube_stub_port=$((HOMEPORT_E2E_PORT + 10436))
pg_port=$((HOMEPORT_E2E_PORT + 48425))
charts_port=$((HOMEPORT_E2E_PORT + 10437))
export BACKEND_URL=http://localhost:$HOMEPORT_E2E_PORT
if curl -s -o /dev/null "$BACKEND_URL"; then
  echo "something already listens on $BACKEND_URL: stop it first (a portal started by scripts/start.sh?)" >&2
  exit 1
fi

start_backend() { # name, extra config files...
  local name=$1; shift
  export HOMEPORT_E2E_DATA="$scratch/$name"
  mkdir -p "$HOMEPORT_E2E_DATA"
  local args=(--config ../../app-config.yaml)
  for c in "$@"; do args+=(--config "$c"); done
  args+=(--config ../../e2e/app-config.e2e.yaml)
  # setsid: the backend and its children form one process group, stopped as one.
  (cd packages/backend && exec setsid yarn backstage-cli package start "${args[@]}") \
    > "$artifacts/backend-$name.log" 2>&1 &
  backend_pid=$!
  for _ in $(seq 1 180); do
    if curl -fsS "$BACKEND_URL/.backstage/health/v1/readiness" >/dev/null 2>&1; then
      echo "backend ($name) ready"; return 0
    fi
    kill -0 "$backend_pid" 2>/dev/null || break
    grep -aqE "Backend startup failed|Unhandled rejection" "$artifacts/backend-$name.log" && break
    sleep 1
  done
  echo "backend ($name) did not become ready; last log lines:" >&2
  tail -40 "$artifacts/backend-$name.log" >&2
  return 1
}

stop_backend() {
  kill -- -"$backend_pid" 2>/dev/null || true
  wait "$backend_pid" 2>/dev/null || true
  backend_pid=""
  for _ in $(seq 1 30); do # the port is free again before the next backend starts
    curl -s -o /dev/null "$BACKEND_URL" || return 0
    sleep 1
  done
  echo "the backend on $BACKEND_URL did not stop" >&2
  return 1
}

# Helm charts the templates read (their Service, ServiceAccount and image keys) come from a
# Helm repository on loopback, serving the chart reader's fixture charts as `helm package`
# lays them out.
mkdir -p "$scratch/charts"
tar -czf "$scratch/charts/gitea-12.4.0.tgz" -C plugins/gitops-node/src/charts/__fixtures__ gitea
export HOMEPORT_E2E_CHARTS_URL=http://127.0.0.1:$charts_port
node e2e/chart-repo/server.mjs --port "$charts_port" --dir "$scratch/charts" > "$artifacts/chart-repo.log" 2>&1 &
charts_pid=$!
until curl -fs -o /dev/null "$HOMEPORT_E2E_CHARTS_URL/index.yaml"; do kill -0 "$charts_pid" || exit 1; sleep 0.2; done

# 1. Embedded default: SQLite. The guardrail tests (with the e2e-only templates of
#    e2e/templates) and the change checks run as the guest; then the Create wizard's
#    templates run as an admin (REST and browser), and the guardrail tests again.
start_backend sqlite ../../e2e/app-config.sqlite.yaml ../../e2e/app-config.guardrails.yaml
node --test --test-reporter=spec --test-concurrency=1 e2e/backend.test.mjs e2e/catalog.test.mjs e2e/guardrails.test.mjs e2e/changeChecks.test.mjs e2e/dayTwo.test.mjs
node --test --test-reporter=spec e2e/branches.test.mjs # after the others: node orders test files by name
stop_backend
start_backend sqlite-admin ../../e2e/app-config.sqlite.yaml ../../e2e/app-config.guardrails.yaml ../../e2e/app-config.admin.yaml
HOMEPORT_E2E_ADMIN=1 node --test --test-reporter=spec --test-concurrency=1 e2e/scaffolder.test.mjs e2e/guardrails.test.mjs
# The wizard in the browser after the REST tests (node orders the files of one run itself):
# podinfo has a pending change by then, which the preview must name.
HOMEPORT_E2E_ADMIN=1 node --test --test-reporter=spec e2e/create.browser.test.mjs
# Decommissioning llama comes last: the browser tests above add to llama, and once
# homeport/llama removes it, every further change to llama stacks onto its removal.
HOMEPORT_E2E_ADMIN=1 node --test --test-reporter=spec e2e/dayTwo.test.mjs
node --test --test-reporter=spec e2e/branches.test.mjs
stop_backend

# The GitOps views against a stub Kubernetes API on loopback (no API server can run here):
# as the guest, then as an admin (reconcile and suspend buttons).
export KUBE_STUB_URL=http://127.0.0.1:$kube_stub_port KUBE_STUB_DNS=127.0.0.1:$kube_stub_port
node e2e/kube-stub/server.mjs --port "$kube_stub_port" --dns-port "$kube_stub_port" --token kube-stub-token > "$artifacts/kube-stub.log" 2>&1 &
stub_pid=$!
until curl -fs -o /dev/null -H 'Authorization: Bearer kube-stub-token' "$KUBE_STUB_URL/version"; do kill -0 "$stub_pid" || exit 1; sleep 0.2; done
node --test --test-reporter=spec e2e/kube-stub/server.test.mjs
start_backend kube-stub ../../e2e/app-config.sqlite.yaml ../../e2e/kube-stub/app-config.kube-stub.yaml
node --test --test-reporter=spec --test-concurrency=1 e2e/gitops.browser.test.mjs e2e/dayTwo.browser.test.mjs e2e/steps.browser.test.mjs e2e/steps.test.mjs
stop_backend
start_backend kube-stub-admin ../../e2e/app-config.sqlite.yaml ../../e2e/kube-stub/app-config.kube-stub.yaml ../../e2e/app-config.admin.yaml
HOMEPORT_E2E_ADMIN=1 node --test --test-reporter=spec --test-concurrency=1 e2e/gitops.browser.test.mjs
stop_backend
kill "$stub_pid"; stub_pid=""

# 2. Production path: PostgreSQL.
e2e/postgres.sh start "$pg_dir" "$pg_port"
export POSTGRES_HOST=127.0.0.1 POSTGRES_PORT=$pg_port POSTGRES_USER=homeport POSTGRES_PASSWORD=homeport
start_backend postgres ../../app-config.production.yaml
node --test --test-reporter=spec --test-concurrency=1 e2e/backend.test.mjs e2e/scaffolder.test.mjs e2e/browser.test.mjs
node --test --test-reporter=spec e2e/create.browser.test.mjs
node --test --test-reporter=spec e2e/branches.test.mjs
stop_backend
