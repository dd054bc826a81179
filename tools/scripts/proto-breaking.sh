#!/usr/bin/env bash
# `buf breaking` (buf.yaml: FILE rules) of proto/ against the last commit of main: a contract
# change must be additive, a breaking one is a new v2 package. On a branch, the working tree is
# compared with main's tip; on main itself (CI's clean clone), with the commit before it, so the
# change that landed last is checked too.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

main="$(git rev-parse --verify -q main 2>/dev/null || git rev-parse --verify -q origin/main 2>/dev/null || true)"
head="$(git rev-parse --verify -q HEAD 2>/dev/null || true)"
if [[ -z "$main" || -z "$head" ]]; then
  echo "proto-breaking: no git history of main here; nothing to compare against" >&2
  exit 0
fi
against="$main"
if [[ "$main" == "$head" ]]; then
  against="$(git rev-parse --verify -q 'HEAD~1' 2>/dev/null || true)"
  if [[ -z "$against" ]]; then echo "proto-breaking: main has a single commit; nothing to compare against" >&2; exit 0; fi
fi
npx --no-install buf breaking --against ".git#ref=$against"
echo "proto-breaking: proto/ is compatible with $(git log -1 --format='%h %s' "$against" | cut -c1-72)"
