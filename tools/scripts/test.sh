#!/usr/bin/env bash
# `npm test`: installs what is missing, brings up the infrastructure (Kafka, Keycloak, the database
# engine of BINOME_DB_ENGINE, mongo-java-server by default),
# runs every project's checks, unit and integration tests, then the fault suite (tools/faults, on
# its own Kafka and database), and stops what it started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
t0=$SECONDS

bash tools/scripts/ensure-deps.sh

started_infra=0
if ! bash tools/infra/infra.sh status >/dev/null 2>&1; then
  started_infra=1
  # Start from empty data, as CI's fresh clone does: end-to-end consumers join new groups from the
  # beginning of the topics, and the backlog of earlier runs would otherwise delay them by minutes.
  bash tools/infra/infra.sh reset
  trap 'bash tools/infra/infra.sh down' EXIT
fi
bash tools/infra/infra.sh up
# FerretDB loses concurrent updates of one document across connections: run it as before, one
# connection per process (the two-instance and $inc checks still fail there, as they should).
if [[ ${BINOME_DB_ENGINE:-mongo-java-server} == ferretdb-* ]]; then export MONGO_MAX_POOL_SIZE="${MONGO_MAX_POOL_SIZE:-1}"; fi

export NX_DAEMON=false NX_TUI=false NX_NO_CLOUD=true
step() { printf '\n=== %s ===\n' "$*"; }

step "contracts: buf lint, buf breaking against main, generated code up to date"
bash tools/scripts/codegen.sh --check
bash tools/scripts/proto-breaking.sh
step "format (prettier --check)"
npx --no-install prettier --check . >/dev/null || { npx --no-install prettier --list-different . >&2; echo "Files are not formatted: run \`npm run format\` and commit the result." >&2; exit 1; }
echo "format: every file is formatted"
step "typecheck (tsc, strict, whole workspace)"
npx --no-install tsc -p tsconfig.json
# The console is typed for the browser (DOM, JSX, bundler resolution): its own project.
npx --no-install tsc -p apps/console/tsconfig.json
step "lint and unit tests (every project)"
npx --no-install nx run-many -t lint test --outputStyle=stream
step "integration tests (real Kafka, Keycloak and ${BINOME_DB_ENGINE:-mongo-java-server})"
npx --no-install nx run-many -t integration --parallel=2 --outputStyle=stream
step "fault suite (its own Kafka and database, stopped and restarted case by case; the shared Keycloak behind a proxy)"
bash tools/faults/run.sh

echo
echo "npm test: all checks passed in $((SECONDS - t0))s (infrastructure $([[ $started_infra == 1 ]] && echo 'started and stopped' || echo 'already running, left up'))"
