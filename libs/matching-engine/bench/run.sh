#!/usr/bin/env bash
# Benchmark of the matching engine against SciPy and two npm solvers.
# Extra arguments are passed through to bench.ts (e.g. `--sizes 25,375`, `--runs 7`).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
VENV="$ROOT/.infra/bench-venv"

if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import numpy, scipy' >/dev/null 2>&1; then
  echo "Creating the SciPy venv in $VENV ..." >&2
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip >&2
  "$VENV/bin/python" -m pip install --quiet numpy scipy >&2
fi

cd "$ROOT"
exec npx tsx libs/matching-engine/bench/bench.ts --python "$VENV/bin/python" "$@"
