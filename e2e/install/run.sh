#!/usr/bin/env bash
# The install test: Homeport's plugin packages, packed as they would be published, in a stock
# Backstage app made by @backstage/create-app, set up as README.md "Add Homeport to your
# Backstage" says. Its backend must list Homeport's scaffolder actions, its templates and the
# entities of the demo GitOps repository (e2e/install/install.test.mjs asserts them).
#
# Everything happens in a scratch folder that is removed afterwards; the backend's log is kept
# in artifacts/install-backend.log. HOMEPORT_INSTALL_PORT (default 7717) moves the backend.
# HOMEPORT_INSTALL_KEEP=1 keeps the scratch folder for a look.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
source scripts/toolchain.sh

# The create-app release whose template is this repository's Backstage release (backstage.json).
create_app_version=0.9.2
port=${HOMEPORT_INSTALL_PORT:-7717}
artifacts=$root/artifacts
mkdir -p "$artifacts"

# The plugin packages, in dependency order: short name, then folder under plugins/.
packages=(
  gitops-common
  gitops-node
  catalog-backend-module-gitops
  scaffolder-backend-module-gitops
  permission-backend-module-homeport
  gitops-backend
  gitops
)

started=$SECONDS
phase() { echo "--- $1 ($((SECONDS - started)) s)"; }

registry=$(npm config get registry)
if ! timeout 60 npm view "@backstage/create-app@$create_app_version" version >/dev/null 2>&1; then
  echo "install test: the npm registry ($registry) does not answer for @backstage/create-app@$create_app_version;" >&2
  echo "the test needs it to create the stock app and install its dependencies. Check the network and 'npm config get registry'." >&2
  exit 1
fi

scratch=$(mktemp -d /tmp/homeport-install.XXXXXX)
app=$scratch/app
backend_pid=""
cleanup() {
  [ -n "$backend_pid" ] && kill -- -"$backend_pid" 2>/dev/null || true
  if [ "${HOMEPORT_INSTALL_KEEP:-}" = 1 ]; then
    echo "install test: scratch folder kept in $scratch"
  else
    rm -rf "$scratch"
  fi
}
trap cleanup EXIT

backend_url=http://localhost:$port
if curl -s -o /dev/null "$backend_url"; then
  echo "install test: something already listens on $backend_url (set HOMEPORT_INSTALL_PORT)" >&2
  exit 1
fi

phase "build and pack the plugin packages"
# `backstage-cli package build` writes the packages' declarations from the root dist-types.
yarn tsc
mkdir -p "$scratch/packs"
for p in "${packages[@]}"; do
  name=$(node -p "require('./plugins/$p/package.json').name")
  yarn workspace "$name" build
  # `yarn pack` runs the package's prepack (`backstage-cli package prepack`: dist entry points,
  # publishConfig, config schema) and postpack (restores package.json).
  yarn workspace "$name" pack --out "$scratch/packs/$p.tgz" >/dev/null
done

phase "create the stock app with @backstage/create-app@$create_app_version"
echo homeport-install | npx --yes "@backstage/create-app@$create_app_version" --path "$app" --skip-install \
  > "$scratch/create-app.log" 2>&1 || { cat "$scratch/create-app.log" >&2; exit 1; }
if ! cmp -s <(node -p "require('$root/backstage.json').version") <(node -p "require('$app/backstage.json').version"); then
  echo "install test: @backstage/create-app@$create_app_version makes a Backstage $(node -p "require('$app/backstage.json').version") app;" \
    "this repository is on $(node -p "require('$root/backstage.json').version") (backstage.json): update create_app_version" >&2
  exit 1
fi

phase "set the app up as README.md says"
mv "$scratch/packs" "$app/homeport-packs"
node e2e/install/setup.mjs "$app" "$root" "${packages[@]}"
# create-app seeds the app's yarn.lock from GitHub (unreachable here); without a seed, the
# newest patch releases resolve and do not fit together (a newer signals backend needs a
# newer backend-defaults). This repository's lockfile is of the same Backstage release: the
# seed. Yarn keeps its entries the app uses and drops the others.
cp yarn.lock "$app/yarn.lock"
git init --quiet --initial-branch=main "$scratch/demo"
cp -R examples/gitops-repo/. "$scratch/demo/"
git -C "$scratch/demo" add -A
git -C "$scratch/demo" -c user.name=Homeport -c user.email=homeport@localhost commit --quiet -m "Demo GitOps repository"
git clone --quiet --bare "$scratch/demo" "$scratch/gitops-demo.git"

# The stock app's yarn, outside this repository's CI settings (its lockfile is new).
app_yarn() { (cd "$app" && YARN_ENABLE_IMMUTABLE_INSTALLS=false node .yarn/releases/yarn-4.13.0.cjs "$@"); }

phase "yarn add the packed backend plugins (a whole install of the stock app)"
backend_adds=()
for p in catalog-backend-module-gitops scaffolder-backend-module-gitops permission-backend-module-homeport gitops-backend; do
  backend_adds+=("$(node -p "require('./plugins/$p/package.json').name")@file:../../homeport-packs/$p.tgz")
done
app_yarn workspace backend add "${backend_adds[@]}" > "$scratch/install-backend.log" 2>&1 ||
  { grep -aE "YN0001|YN0009|YN0082|YN0035|Error" "$scratch/install-backend.log" | head -40 >&2; exit 1; }
phase "yarn add the packed frontend plugin"
app_yarn workspace app add "@homeport/plugin-gitops@file:../../homeport-packs/gitops.tgz" > "$scratch/install-app.log" 2>&1 ||
  { grep -aE "YN0001|YN0009|YN0082|YN0035|Error" "$scratch/install-app.log" | head -40 >&2; exit 1; }

phase "type-check the stock app with the README's lines"
app_yarn tsc

phase "start the stock app's backend"
export HOMEPORT_INSTALL_TOKEN="install-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
export HOMEPORT_INSTALL_PORT=$port HOMEPORT_INSTALL_DATA=$scratch
(cd "$app/packages/backend" && exec setsid node ../../.yarn/releases/yarn-4.13.0.cjs backstage-cli package start \
  --config ../../app-config.yaml --config ../../app-config.homeport.yaml) > "$artifacts/install-backend.log" 2>&1 &
backend_pid=$!
ready=""
for _ in $(seq 1 180); do
  if curl -fsS "$backend_url/.backstage/health/v1/readiness" >/dev/null 2>&1; then ready=1; break; fi
  kill -0 "$backend_pid" 2>/dev/null || break
  grep -aqE "Backend startup failed|Unhandled rejection" "$artifacts/install-backend.log" && break
  sleep 1
done
if [ -z "$ready" ]; then
  echo "install test: the stock app's backend did not become ready; last log lines:" >&2
  tail -40 "$artifacts/install-backend.log" >&2
  exit 1
fi

phase "assert through the REST API"
BACKEND_URL=$backend_url HOMEPORT_INSTALL_APP=$app node --test --test-reporter=spec e2e/install/install.test.mjs
phase "install test passed"
