#!/usr/bin/env bash
# Starts and stops Binôme's infrastructure natively, without Docker, on loopback:
#   - Apache Kafka 3.9 in KRaft mode (broker + controller), jars resolved by Maven (tools/infra/pom.xml)
#   - Keycloak (server distribution from Maven Central), start-dev, realms from deploy/keycloak imported
#   - a MongoDB-protocol database, chosen by BINOME_DB_ENGINE (tools/infra/README.md compares them):
#       mongo-java-server  (default) mongo-java-server on an H2 MVStore file, jars resolved by Maven
#                          (tools/infra/mongo-java-server/pom.xml), BinomeMongoServer.java compiled by javac
#       ferretdb-pg        FerretDB 1.x on a private PostgreSQL cluster (Debian's postgresql, initdb/pg_ctl)
#       ferretdb-sqlite    FerretDB 1.x on its SQLite backend (the former default)
#     FerretDB is built with `go build`.
# Idempotent: `up` fetches what is missing, starts what is not running and waits until each engine
# is ready; `down` stops what runs. Everything lives under .infra/ (git-ignored), or under
# BINOME_INFRA_HOME; with MONGO_PORT (and KAFKA_*/KEYCLOAK_* ports) a second home runs beside it.
#
# Usage: tools/infra/infra.sh up [keycloak|kafka|db|<db engine>...]|stop <engine>...|down|status|reset|fetch
#   `up` alone starts keycloak, kafka and db (= the BINOME_DB_ENGINE engine); `stop` stops the
#   engines named, keeping their data (the fault suite stops and restarts one engine at a time).
#   KAFKA_START_TIMEOUT (seconds, default 120) bounds the wait for Kafka; KAFKA_PARTNERS=off skips the partner accounts and ACLs (a home that needs none starts faster).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
INFRA="${BINOME_INFRA_HOME:-$ROOT/.infra}"
RUN="$INFRA/run"
LOGS="$INFRA/logs"
mkdir -p "$RUN" "$LOGS"

KAFKA_VERSION=3.9.2
KEYCLOAK_VERSION=26.5.6
FERRETDB_VERSION=v1.24.0
MONGO_JAVA_SERVER_VERSION=1.47.0

DB_ENGINES="mongo-java-server ferretdb-pg ferretdb-sqlite"
DB_ENGINE="${BINOME_DB_ENGINE:-mongo-java-server}"
[[ " $DB_ENGINES " == *" $DB_ENGINE "* ]] || { printf '[infra] ERROR: BINOME_DB_ENGINE=%s: expected one of %s\n' "$DB_ENGINE" "$DB_ENGINES" >&2; exit 2; }

KAFKA_PORT="${KAFKA_PORT:-19092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-19093}"
# Partners connect here with SASL/SCRAM; ACLs limit them to their own referral topic.
KAFKA_PARTNER_PORT="${KAFKA_PARTNER_PORT:-19094}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-18080}"
KEYCLOAK_MGMT_PORT="${KEYCLOAK_MGMT_PORT:-18081}"
MONGO_PORT="${MONGO_PORT:-27027}"
# PostgreSQL behind ferretdb-pg: derived from MONGO_PORT so that a second home gets its own.
PG_PORT="${PG_PORT:-$((MONGO_PORT + 10000))}"

log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }

# --- helpers -------------------------------------------------------------------------------------
pid_alive() { local f="$RUN/$1.pid"; [[ -f "$f" ]] && kill -0 "$(cat "$f")" 2>/dev/null; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # name timeout-seconds command...
  local name="$1" timeout="$2"; shift 2
  local start=$SECONDS
  until "$@"; do
    if ! pid_alive "$name"; then
      log "$name exited during start-up; last lines of $LOGS/$name.log:"; tail -n 40 "$LOGS/$name.log" >&2 || true
      exit 1
    fi
    if (( SECONDS - start > timeout )); then
      log "$name not ready after ${timeout}s; last lines of $LOGS/$name.log:"; tail -n 40 "$LOGS/$name.log" >&2 || true
      exit 1
    fi
    sleep 1
  done
  log "$name ready in $((SECONDS - start))s"
}

# Keycloak 26 needs Java 21+: prefer a JDK >= 21 found on the machine (the Temurin JDK here).
pick_keycloak_java() {
  if [[ -n "${KEYCLOAK_JAVA_HOME:-}" ]]; then echo "$KEYCLOAK_JAVA_HOME"; return; fi
  local d
  for d in /usr/lib/jvm/temurin-25* /usr/lib/jvm/temurin-21* /usr/lib/jvm/java-25* /usr/lib/jvm/java-21*; do
    [[ -x "$d/bin/java" ]] && { echo "$d"; return; }
  done
  die "Keycloak $KEYCLOAK_VERSION needs a Java 21+ runtime; set KEYCLOAK_JAVA_HOME"
}

# --- fetch ---------------------------------------------------------------------------------------
fetch_kafka() {
  local dir="$INFRA/kafka-$KAFKA_VERSION"
  [[ -f "$dir/.complete" ]] && return
  command -v mvn >/dev/null || die "mvn is needed to fetch Kafka (apt-get install maven)"
  log "fetching Kafka $KAFKA_VERSION jars with Maven"
  rm -rf "$dir"; mkdir -p "$dir/libs"
  mvn -q -B -f "$ROOT/tools/infra/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$dir/libs" -Dkafka.version="$KAFKA_VERSION" >&2
  touch "$dir/.complete"
}

fetch_keycloak() {
  local dir="$INFRA/keycloak-$KEYCLOAK_VERSION"
  [[ -f "$dir/.complete" ]] && return
  command -v mvn >/dev/null || die "mvn is needed to fetch Keycloak (apt-get install maven)"
  log "fetching Keycloak $KEYCLOAK_VERSION distribution with Maven"
  local tmp="$INFRA/tmp"; rm -rf "$tmp" "$dir"; mkdir -p "$tmp"
  mvn -q -B -f "$ROOT/tools/infra/pom.xml" dependency:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$tmp" >&2
  command -v unzip >/dev/null || die "unzip is needed (apt-get install unzip)"
  unzip -q "$tmp/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$tmp"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$dir"
  rm -rf "$tmp"
  touch "$dir/.complete"
}

fetch_ferretdb() {
  local bin="$INFRA/bin/ferretdb-$FERRETDB_VERSION"
  [[ -x "$bin" ]] && return
  command -v go >/dev/null || die "go is needed to build FerretDB"
  log "building FerretDB $FERRETDB_VERSION with go (first time only, a few minutes)"
  local src="$INFRA/tmp-ferretdb"; rm -rf "$src"; mkdir -p "$INFRA/bin"
  # `go install pkg@version` also asks the proxy for the module's version list, which it refuses
  # for this module; so download the pinned version, copy it, and build it in place. FerretDB's
  # build embeds build/version/version.txt, which its release process generates: write it here.
  local dir; dir="$(cd "$INFRA" && go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')"
  [[ -d "$dir" ]] || die "could not download FerretDB $FERRETDB_VERSION from the Go module proxy"
  cp -r "$dir" "$src"; chmod -R u+w "$src"
  echo "$FERRETDB_VERSION" >"$src/build/version/version.txt"
  (cd "$src" && go build -o "$bin" ./cmd/ferretdb) >&2
  rm -rf "$src"
}

fetch_mongo_java_server() {
  local dir="$INFRA/mongo-java-server-$MONGO_JAVA_SERVER_VERSION" src="$ROOT/tools/infra/mongo-java-server"
  if [[ ! -f "$dir/.complete" ]]; then
    command -v mvn >/dev/null || die "mvn is needed to fetch mongo-java-server (apt-get install maven)"
    log "fetching mongo-java-server $MONGO_JAVA_SERVER_VERSION (H2 backend) jars with Maven"
    rm -rf "$dir"; mkdir -p "$dir/libs"
    mvn -q -B -f "$src/pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
      -DoutputDirectory="$dir/libs" -Dmongo-java-server.version="$MONGO_JAVA_SERVER_VERSION" >&2
    touch "$dir/.complete"
  fi
  # The launcher is compiled again whenever its source changes.
  local want; want="$(sha256sum "$src/BinomeMongoServer.java" | cut -c1-16)"
  if [[ "$(cat "$dir/classes/.source" 2>/dev/null)" != "$want" ]]; then
    command -v javac >/dev/null || die "javac is needed to compile the mongo-java-server launcher (a JDK 17+)"
    rm -rf "$dir/classes"; mkdir -p "$dir/classes"
    javac -d "$dir/classes" -cp "$dir/libs/*" "$src/BinomeMongoServer.java" >&2
    echo "$want" >"$dir/classes/.source"
  fi
}

# PostgreSQL's binaries (Debian's postgresql package puts them outside PATH).
pg_bin() {
  local d
  for d in "$(dirname "$(readlink -f "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/x)")")" /usr/lib/postgresql/*/bin; do
    [[ -x "$d/pg_ctl" && -x "$d/initdb" && -x "$d/psql" ]] && { echo "$d"; return; }
  done
  die "PostgreSQL is needed for ferretdb-pg (apt-get install postgresql)"
}

# PostgreSQL refuses to run as root: as root, the private cluster runs as the `postgres` system
# user (created by Debian's package), still in this home and on its own port.
as_pg() { if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# --- start ---------------------------------------------------------------------------------------
start_kafka() {
  if pid_alive kafka && port_open "$KAFKA_PORT"; then log "kafka already running"; return; fi
  fetch_kafka
  local home="$INFRA/kafka-$KAFKA_VERSION" data="$INFRA/data/kafka" conf="$INFRA/kafka.properties"
  mkdir -p "$data"
  cat >"$conf" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,SASL_PLAINTEXT://127.0.0.1:$KAFKA_PARTNER_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,SASL_PLAINTEXT://127.0.0.1:$KAFKA_PARTNER_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT
inter.broker.listener.name=PLAINTEXT
# Partner listener: SCRAM accounts, authorised by ACLs. The loopback PLAINTEXT listener is the
# platform's own (its anonymous principal is a super user); it is never exposed beyond the host.
sasl.enabled.mechanisms=SCRAM-SHA-256
listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:ANONYMOUS
allow.everyone.if.no.acl.found=false
log.dirs=$data
num.partitions=3
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
log.retention.hours=168
EOF
  cat >"$INFRA/kafka-log4j.properties" <<EOF
log4j.rootLogger=WARN, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.server.KafkaRaftServer=INFO
EOF
  local cp="$home/libs/*"
  if [[ ! -f "$data/meta.properties" ]]; then
    log "formatting Kafka storage"
    java -cp "$cp" -Dlog4j.configuration="file:$INFRA/kafka-log4j.properties" kafka.tools.StorageTool \
      format -t "binome-local-cluster-0001" -c "$conf" --ignore-formatted >>"$LOGS/kafka.log" 2>&1
  fi
  log "starting Kafka on 127.0.0.1:$KAFKA_PORT"
  nohup java -Xms256m -Xmx768m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$INFRA/kafka-log4j.properties" \
    -cp "$cp" kafka.Kafka "$conf" >>"$LOGS/kafka.log" 2>&1 &
  echo $! >"$RUN/kafka.pid"
}

# SCRAM credentials and ACLs for the partners in deploy/kafka/partners.txt (idempotent).
provision_kafka_partners() {
  # A home that needs no partner accounts (the fault suite's) skips the JVM runs below.
  [[ ${KAFKA_PARTNERS:-on} == off ]] && return
  local home="$INFRA/kafka-$KAFKA_VERSION" marker="$INFRA/data/kafka/partners.provisioned"
  local want; want="$(grep -v '^#' "$ROOT/deploy/kafka/partners.txt" | sed '/^$/d' | sha256sum | cut -c1-16)"
  [[ "$(cat "$marker" 2>/dev/null)" == "$want" ]] && return
  log "provisioning partner Kafka accounts and ACLs"
  local cp="$home/libs/*" bs="127.0.0.1:$KAFKA_PORT" l4j="-Dlog4j.configuration=file:$INFRA/kafka-log4j.properties"
  local p
  for p in $(grep -v '^#' "$ROOT/deploy/kafka/partners.txt" | sed '/^$/d'); do
    java -cp "$cp" "$l4j" kafka.admin.ConfigCommand --bootstrap-server "$bs" --alter --entity-type users --entity-name "partner-$p" \
      --add-config "SCRAM-SHA-256=[iterations=4096,password=partner-$p-dev]" >>"$LOGS/kafka.log" 2>&1
    # The topic exactly (a prefix would let partner "ab" read "abc"'s topic); groups by prefix.
    java -cp "$cp" "$l4j" kafka.admin.AclCommand --bootstrap-server "$bs" --add --allow-principal "User:partner-$p" \
      --operation Read --operation Describe --topic "binome.referrals.v1.$p" >>"$LOGS/kafka.log" 2>&1
    java -cp "$cp" "$l4j" kafka.admin.AclCommand --bootstrap-server "$bs" --add --allow-principal "User:partner-$p" \
      --operation Read --operation Describe --group "partner-$p" --resource-pattern-type prefixed >>"$LOGS/kafka.log" 2>&1
  done
  echo "$want" >"$marker"
}

realms_hash() { cat "$ROOT"/deploy/keycloak/*.json | sha256sum | cut -c1-16; }

start_keycloak() {
  if pid_alive keycloak && port_open "$KEYCLOAK_PORT"; then log "keycloak already running"; return; fi
  fetch_keycloak
  local home="$INFRA/keycloak-$KEYCLOAK_VERSION"
  local hash; hash="$(realms_hash)"
  # Realms are imported only when absent: when the committed exports change, start from scratch.
  if [[ "$(cat "$INFRA/data/keycloak.realms" 2>/dev/null)" != "$hash" ]]; then
    log "realm exports changed: resetting Keycloak's dev database"
    rm -rf "$home/data/h2" "$home/data/import"
  fi
  mkdir -p "$home/data/import" "$INFRA/data"
  cp "$ROOT"/deploy/keycloak/*.json "$home/data/import/"
  echo "$hash" >"$INFRA/data/keycloak.realms"
  log "starting Keycloak on http://127.0.0.1:$KEYCLOAK_PORT"
  JAVA_HOME="$(pick_keycloak_java)" \
  PATH="$(pick_keycloak_java)/bin:$PATH" \
  KC_BOOTSTRAP_ADMIN_USERNAME="${KEYCLOAK_ADMIN_USER:-admin}" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-admin}" \
  JAVA_OPTS_KC_HEAP="-Xms256m -Xmx1024m" \
  nohup "$home/bin/kc.sh" start-dev --import-realm \
    --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
    --http-management-port="$KEYCLOAK_MGMT_PORT" --health-enabled=true \
    --hostname="http://127.0.0.1:$KEYCLOAK_PORT" >>"$LOGS/keycloak.log" 2>&1 &
  echo $! >"$RUN/keycloak.pid"
}

start_ferretdb_sqlite() {
  fetch_ferretdb
  local data="$INFRA/data/ferretdb"; mkdir -p "$data"
  log "starting FerretDB (SQLite backend) on mongodb://127.0.0.1:$MONGO_PORT"
  nohup "$INFRA/bin/ferretdb-$FERRETDB_VERSION" --handler=sqlite --sqlite-url="file:$data/" \
    --listen-addr="127.0.0.1:$MONGO_PORT" --debug-addr=- --telemetry=disable \
    --log-level=warn >>"$LOGS/ferretdb-sqlite.log" 2>&1 &
  echo $! >"$RUN/ferretdb-sqlite.pid"
}

start_postgres() {
  if pid_alive postgres && port_open "$PG_PORT"; then return; fi
  local bin; bin="$(pg_bin)"
  local data="$INFRA/data/postgres"
  if [[ ! -f "$data/PG_VERSION" ]]; then
    log "creating a private PostgreSQL cluster in $data"
    mkdir -p "$data"; [[ $EUID -eq 0 ]] && chown postgres: "$data"
    chmod 700 "$data"
    as_pg "$bin/initdb" -D "$data" -U ferretdb --auth=trust -E UTF8 --no-locale >>"$LOGS/postgres.log" 2>&1
  fi
  touch "$LOGS/postgres.log"; [[ $EUID -eq 0 ]] && chown postgres: "$LOGS/postgres.log"
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  # No Unix socket (the home may not be writable by `postgres`); commits are not flushed one by one,
  # as a development database (the MVStore engine also writes about once a second).
  as_pg "$bin/pg_ctl" -D "$data" -l "$LOGS/postgres.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c synchronous_commit=off -c max_connections=200" \
    start >&2
  head -n 1 "$data/postmaster.pid" >"$RUN/postgres.pid"
  "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U ferretdb -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'ferretdb'" | grep -q 1 \
    || "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U ferretdb ferretdb
}

start_ferretdb_pg() {
  fetch_ferretdb
  start_postgres
  log "starting FerretDB (PostgreSQL backend) on mongodb://127.0.0.1:$MONGO_PORT"
  nohup "$INFRA/bin/ferretdb-$FERRETDB_VERSION" --handler=postgresql \
    --postgresql-url="postgres://ferretdb@127.0.0.1:$PG_PORT/ferretdb" \
    --listen-addr="127.0.0.1:$MONGO_PORT" --debug-addr=- --telemetry=disable \
    --log-level=warn >>"$LOGS/ferretdb-pg.log" 2>&1 &
  echo $! >"$RUN/ferretdb-pg.pid"
}

start_mongo_java_server() {
  fetch_mongo_java_server
  local dir="$INFRA/mongo-java-server-$MONGO_JAVA_SERVER_VERSION" data="$INFRA/data/mongo-java-server"
  mkdir -p "$data"
  log "starting mongo-java-server (H2 MVStore backend) on mongodb://127.0.0.1:$MONGO_PORT"
  # SerialGC and a small young heap keep an idle JVM quiet; the data lives in the MVStore file.
  nohup java -Xms64m -Xmx1g -XX:+UseSerialGC -Djava.awt.headless=true \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$dir/classes:$dir/libs/*" BinomeMongoServer "$data/binome.mv.db" 127.0.0.1 "$MONGO_PORT" \
    >>"$LOGS/mongo-java-server.log" 2>&1 &
  echo $! >"$RUN/mongo-java-server.pid"
}

# One database engine per home, on MONGO_PORT: starting one stops another that holds the port.
start_db() { # engine
  local engine="$1" other
  if pid_alive "$engine" && port_open "$MONGO_PORT"; then log "$engine already running"; return; fi
  for other in $DB_ENGINES ferretdb; do
    [[ $other != "$engine" ]] && pid_alive "$other" && { log "stopping $other: $engine takes mongodb://127.0.0.1:$MONGO_PORT"; stop_db "$other"; }
  done
  "start_${engine//-/_}"
}

stop_db() { # engine
  stop_one "$1"
  if [[ $1 == ferretdb-pg ]] && pid_alive postgres; then
    log "stopping postgres (pid $(cat "$RUN/postgres.pid"))"
    as_pg "$(pg_bin)/pg_ctl" -D "$INFRA/data/postgres" -m fast -w stop >&2 || stop_one postgres
    rm -f "$RUN/postgres.pid"
  fi
}

keycloak_ready() { curl -fsS "http://127.0.0.1:$KEYCLOAK_MGMT_PORT/health/ready" >/dev/null 2>&1; }
kafka_ready() { port_open "$KAFKA_PORT" && grep -q "Kafka Server started" "$LOGS/kafka.log"; }

up() { # [engine...]: keycloak, kafka and the database by default
  local t0=$SECONDS want=" ${*:-keycloak kafka db} " e db=""
  want="${want// db / $DB_ENGINE }"
  want="${want// ferretdb / ferretdb-sqlite }" # the former name of the SQLite engine
  for e in $want; do
    case "$e" in
      keycloak|kafka) ;;
      mongo-java-server|ferretdb-pg|ferretdb-sqlite) [[ -z $db || $db == "$e" ]] || die "one database engine per home (asked: $db and $e)"; db="$e" ;;
      *) die "unknown engine '$e' (keycloak, kafka, db, $DB_ENGINES)" ;;
    esac
  done
  # Start the slow one first; fetches happen inside each start.
  [[ $want == *" keycloak "* ]] && start_keycloak
  [[ $want == *" kafka "* ]] && start_kafka
  [[ -n $db ]] && { start_db "$db"; wait_for "$db" 60 port_open "$MONGO_PORT"; }
  if [[ $want == *" kafka "* ]]; then wait_for kafka "${KAFKA_START_TIMEOUT:-120}" kafka_ready; provision_kafka_partners; fi
  [[ $want == *" keycloak "* ]] && wait_for keycloak 300 keycloak_ready
  log "all engines ready in $((SECONDS - t0))s"
  [[ $want == *" kafka "* ]] && log "  Kafka     127.0.0.1:$KAFKA_PORT (partners: SASL/SCRAM on 127.0.0.1:$KAFKA_PARTNER_PORT)"
  [[ -n $db ]] && log "  MongoDB   mongodb://127.0.0.1:$MONGO_PORT ($db)"
  [[ $want == *" keycloak "* ]] && log "  Keycloak  http://127.0.0.1:$KEYCLOAK_PORT (admin console: admin/admin)"
  return 0
}

stop_one() {
  local name="$1" f="$RUN/$1.pid"
  [[ -f "$f" ]] || return 0
  local pid; pid="$(cat "$f")"
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    pkill -TERM -P "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

stop() { # engine...: keycloak, kafka, db (= the BINOME_DB_ENGINE engine) or a database engine
  (( $# )) || die "stop: name the engines (keycloak, kafka, db, $DB_ENGINES); \`down\` stops them all"
  local e
  for e in "$@"; do
    [[ $e == db ]] && e="$DB_ENGINE"
    case "$e" in
      keycloak|kafka) stop_one "$e" ;;
      mongo-java-server|ferretdb-pg|ferretdb-sqlite) stop_db "$e" ;;
      *) die "unknown engine '$e' (keycloak, kafka, db, $DB_ENGINES)" ;;
    esac
  done
}

down() {
  stop_one keycloak; stop_one kafka
  local e; for e in $DB_ENGINES ferretdb; do stop_db "$e"; done
}

# Kafka, Keycloak and the BINOME_DB_ENGINE engine; exit status 1 when one of them is stopped.
status() {
  local ok=0 n
  for n in kafka keycloak "$DB_ENGINE"; do
    if pid_alive "$n"; then echo "$n: running (pid $(cat "$RUN/$n.pid"))"; else echo "$n: stopped"; ok=1; fi
  done
  for n in $DB_ENGINES ferretdb; do
    [[ $n != "$DB_ENGINE" ]] && pid_alive "$n" && echo "$n: running (pid $(cat "$RUN/$n.pid")), not BINOME_DB_ENGINE"
  done
  return $ok
}

case "${1:-}" in
  up) shift; up "$@" ;;
  stop) shift; stop "$@" ;;
  down) down ;;
  status) status ;;
  reset) down; rm -rf "$INFRA/data"; log "data removed" ;;
  fetch) fetch_kafka; fetch_keycloak; fetch_ferretdb; fetch_mongo_java_server ;;
  *) echo "usage: $0 up [keycloak|kafka|db|$DB_ENGINES...]|stop <engine>...|down|status|reset|fetch" >&2; exit 2 ;;
esac
