#!/usr/bin/env bash
# `npm run test:faults`: the fault suite (tools/faults/src/faults.fault-spec.ts). It runs its own
# Kafka and database in their own infra home and ports, from empty data, because it stops and
# restarts them case by case; the shared infrastructure (BINOME_INFRA_HOME, the one `npm test` and
# the other suites use) is never touched. Keycloak is the shared one, reached through a TCP proxy the
# suite cuts (ARCHITECTURE.md, "Guarantees"): it must be running.
#   FAULTS_INFRA_HOME (default .infra/faults), FAULTS_KAFKA_PORT (29092, +1 controller, +2 partners),
#   FAULTS_MONGO_PORT (37027), KEYCLOAK_URL (http://127.0.0.1:18080).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

shared_home="$(realpath -m "${BINOME_INFRA_HOME:-$ROOT/.infra}")"
home="$(realpath -m "${FAULTS_INFRA_HOME:-$ROOT/.infra/faults}")"
[[ $home != "$shared_home" && $home != "$(realpath -m "$ROOT/.infra")" ]] || { echo "test:faults: FAULTS_INFRA_HOME must not be the shared infra home ($home)" >&2; exit 2; }
kafka_port="${FAULTS_KAFKA_PORT:-29092}"
mongo_port="${FAULTS_MONGO_PORT:-37027}"
for p in 19092 19093 19094 27027 "${KAFKA_PORT:-}" "${MONGO_PORT:-}"; do
  [[ $kafka_port != "$p" && $((kafka_port + 1)) != "$p" && $((kafka_port + 2)) != "$p" && $mongo_port != "$p" ]] \
    || { echo "test:faults: port $p is the shared infrastructure's; choose FAULTS_KAFKA_PORT/FAULTS_MONGO_PORT" >&2; exit 2; }
done
keycloak_url="${KEYCLOAK_URL:-http://127.0.0.1:18080}"
curl -fsS -o /dev/null "$keycloak_url/realms/national/.well-known/openid-configuration" \
  || { echo "test:faults: Keycloak is not reachable at $keycloak_url (npm run infra:up)" >&2; exit 1; }

# The engines' downloads are copied from the shared home when it has them (no second fetch).
mkdir -p "$home"
for d in "$shared_home"/kafka-* "$shared_home"/mongo-java-server-*; do
  [[ -d $d && ! -e "$home/$(basename "$d")" ]] && cp -r "$d" "$home/"
done

export BINOME_INFRA_HOME="$home" BINOME_DB_ENGINE=mongo-java-server
# A restart of Kafka on a loaded machine has been seen to take over two minutes.
export KAFKA_START_TIMEOUT=300 KAFKA_PARTNERS=off KAFKA_PORT="$kafka_port" KAFKA_CONTROLLER_PORT=$((kafka_port + 1)) KAFKA_PARTNER_PORT=$((kafka_port + 2)) MONGO_PORT="$mongo_port"
bash tools/infra/infra.sh reset
trap 'bash tools/infra/infra.sh down' EXIT
bash tools/infra/infra.sh up kafka db

export KAFKA_BROKERS="127.0.0.1:$kafka_port" MONGO_URL="mongodb://127.0.0.1:$mongo_port" KEYCLOAK_URL="$keycloak_url"
npx --no-install jest -c tools/jest/faults.config.js --rootDir tools/faults --runInBand "$@"
