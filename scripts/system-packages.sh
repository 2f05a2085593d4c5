#!/usr/bin/env bash
# Installs the Debian packages for the commands named as arguments (git, chromium, postgresql,
# kubectl) when missing.
# Needs root or passwordless sudo. Usage: scripts/system-packages.sh git chromium postgresql
set -euo pipefail

need=()
for pkg in "$@"; do
  case "$pkg" in
    postgresql) ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql) ;;
    kubectl) command -v kubectl >/dev/null 2>&1 || need+=(kubernetes-client) ;;
    *) command -v "$pkg" >/dev/null 2>&1 || need+=("$pkg") ;;
  esac
done
[ ${#need[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo -n"
echo "homeport: installing Debian packages: ${need[*]}" >&2
$sudo apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
