#!/usr/bin/env bash
# Generates TypeScript (ts-proto, grpc-js services) from proto/ into libs/contracts/src/generated.
#   codegen.sh          lint the protos, regenerate
#   codegen.sh --check  lint the protos, fail when the committed generated code is stale
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
OUT=libs/contracts/src/generated

npx --no-install buf lint
# The event registry (name <-> generated message) is generated beside ts-proto's output.
registry() { npx --no-install buf build -o '-#format=json' --path proto/binome/events/v1 | node tools/scripts/event-registry.mjs "$1/event-registry.ts"; }
if [[ "${1:-}" == "--check" ]]; then
  tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
  npx --no-install buf generate -o "$tmp"
  registry "$tmp/$OUT"
  if ! diff -r "$tmp/$OUT" "$OUT" >/dev/null; then
    diff -r "$tmp/$OUT" "$OUT" | head -40 >&2 || true
    echo "Generated contracts are stale: run \`npm run codegen\` and commit the result." >&2
    exit 1
  fi
  echo "codegen: generated contracts are up to date"
else
  npx --no-install buf generate
  registry "$OUT"
  echo "codegen: wrote $OUT"
fi
