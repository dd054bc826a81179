#!/usr/bin/env bash
# Installs what the two README commands need and is missing: system tools (through apt-get when
# run as root on Debian) and the npm packages (npm ci, only when package-lock.json changed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

missing=()
command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null || missing+=(maven)
command -v go >/dev/null || missing+=(golang)
command -v unzip >/dev/null || missing+=(unzip)
command -v curl >/dev/null || missing+=(curl)
if ((${#missing[@]})); then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "[deps] installing ${missing[*]} with apt-get" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
  else
    echo "[deps] please install: ${missing[*]}" >&2
    exit 1
  fi
fi

stamp=node_modules/.binome-installed
if [[ ! -f $stamp || package-lock.json -nt $stamp || package.json -nt $stamp ]]; then
  echo "[deps] npm ci" >&2
  if ! npm ci --no-audit --no-fund >.npm-ci.log 2>&1; then
    grep -m3 'Missing:' .npm-ci.log >&2 || tail -n 5 .npm-ci.log >&2
    # The registry mirror reachable here lacks some other platforms' optional binaries (e.g.
    # @swc/core-darwin-arm64 at the locked version), so the lock file cannot list them and npm ci
    # refuses it. `npm install --no-save` installs the same locked versions without rewriting it.
    echo "[deps] npm ci refused the lock file; installing the locked versions with npm install --no-save" >&2
    npm install --no-save --no-audit --no-fund >&2
  fi
  rm -f .npm-ci.log
  touch "$stamp"
fi
