#!/usr/bin/env bash
# `npm start`: installs what is missing, brings up the infrastructure, starts every service,
# seeds demo data for two territories and prints the URLs. Ctrl-C stops the services; the
# infrastructure stays up until `npm run infra:down`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

bash tools/scripts/ensure-deps.sh
bash tools/infra/infra.sh up
# FerretDB loses concurrent updates of one document across connections: one connection per process.
if [[ ${BINOME_DB_ENGINE:-mongo-java-server} == ferretdb-* ]]; then export MONGO_MAX_POOL_SIZE="${MONGO_MAX_POOL_SIZE:-1}"; fi
mkdir -p .infra/logs
# The console (react-admin, built by Vite in a few seconds), served by the gateway under /console/.
echo "[start] building the console"
node_modules/.bin/vite build --config apps/console/vite.config.mts --logLevel warn

SERVICES=(recruitment matching scheduling workshops resources impact gateway)
pids=()
stop_services() {
  trap - EXIT INT TERM
  echo; echo "[start] stopping services"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait || true
}
trap stop_services EXIT INT TERM

# Scheduling's reminders go to a local SMTP catcher (its default SMTP_URL): nothing leaves the machine.
node_modules/.bin/tsx tools/scripts/smtp-catcher.ts 2525 2580 .infra/mail >>".infra/logs/smtp-catcher.log" 2>&1 &
pids+=($!)

for s in "${SERVICES[@]}"; do
  node_modules/.bin/tsx "apps/$s/src/main.ts" >>".infra/logs/$s.log" 2>&1 &
  pids+=($!)
done

declare -A HTTP=([recruitment]=3101 [matching]=3102 [scheduling]=3103 [workshops]=3104 [resources]=3105 [impact]=3106 [gateway]=8080)
for s in "${SERVICES[@]}"; do
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:${HTTP[$s]}/readyz" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:${HTTP[$s]}/readyz" >/dev/null || { echo "[start] $s did not become ready; see .infra/logs/$s.log"; exit 1; }
done

node_modules/.bin/tsx tools/scripts/seed.ts "http://127.0.0.1:${HTTP[recruitment]}" "http://127.0.0.1:${HTTP[matching]}" \
  "http://127.0.0.1:18080" "http://127.0.0.1:${HTTP[scheduling]}" "http://127.0.0.1:${HTTP[resources]}" "http://127.0.0.1:${HTTP[workshops]}" "http://127.0.0.1:${HTTP[impact]}"

cat <<EOM

Binôme is running.
  Console           http://127.0.0.1:8080/console/   (pick Rennes, sign in as manager / manager-dev; HQ: Siège national, hq / hq-dev)
  Gateway           http://127.0.0.1:8080   (one origin: /api/<service>/…; API docs http://127.0.0.1:8080/api/docs, OpenAPI /api/openapi.json)
  Recruitment API   http://127.0.0.1:3101   (public: POST /v1/applications)   gRPC 127.0.0.1:50101
  Matching API      http://127.0.0.1:3102   (POST /v1/promotions/{id}/proposals, GET /v1/promotions/{id}/pairs)   gRPC 127.0.0.1:50102
  Scheduling API    http://127.0.0.1:3103   (POST /v1/pairs/{id}/meetings, GET /v1/pairs/{id}/health, GET /v1/triage, /v1/promotions/{id}/calendar-events)   gRPC 127.0.0.1:50103
  Workshops API     http://127.0.0.1:3104   (GET /v1/workshops, GET /v1/sessions, GET /v1/beneficiaries/{id}/recommendations)   gRPC 127.0.0.1:50104
  Resources API     http://127.0.0.1:3105   (GET /v1/resources, GET /v1/training-modules, GET /v1/badges; public badge pages under /v1/public/)   gRPC 127.0.0.1:50105
  Impact API        http://127.0.0.1:3106   (GET /v1/territories/{id}/application-count)   gRPC 127.0.0.1:50106
  Keycloak          http://127.0.0.1:18080  (admin/admin; realms paris, rennes, tours, national, partners)
  Mail (caught)     http://127.0.0.1:2580/   (SMTP 127.0.0.1:2525; every reminder scheduling sends, also as .infra/mail/*.eml)
  Kafka             127.0.0.1:19092
  MongoDB protocol  mongodb://127.0.0.1:27027 (${BINOME_DB_ENGINE:-mongo-java-server})
  Logs              .infra/logs/

Try it:
  TOKEN=\$(curl -s -d grant_type=password -d client_id=binome-console -d username=manager -d password=manager-dev \\
    http://127.0.0.1:18080/realms/rennes/protocol/openid-connect/token | node -pe 'JSON.parse(require("fs").readFileSync(0)).access_token')
  curl -s -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:8080/api/impact/v1/territories/rennes/application-count
  curl -s -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:3101/v1/candidates
  curl -s -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:8080/api/scheduling/v1/triage   # the seeded pairs, worst health first

Ctrl-C stops the services; \`npm run infra:down\` stops the infrastructure.
EOM
wait
