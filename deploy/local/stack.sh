#!/usr/bin/env bash
# ZVH local stack without Docker: PostgreSQL 17, Kafka 4.1 (KRaft), Keycloak 26 and the platform's Quarkus apps,
# everything from Maven Central plus the JDK on the machine.  See deploy/local/README.md.
#
#   deploy/local/stack.sh up [--no-apps]   start what is not running yet, wait until healthy, print URLs and logins
#   deploy/local/stack.sh down             stop what `up` started (pid files), in reverse order
#   deploy/local/stack.sh status           what runs, pids, ports, memory
#   deploy/local/stack.sh logs [NAME]      last lines of every log, or follow one (postgres, kafka, keycloak, gateway, ...)
#   deploy/local/stack.sh topics           list Kafka topics with partitions and retention
#   deploy/local/stack.sh restart APP      stop one app (intake-service, ..., gateway) and start it alone
#   deploy/local/stack.sh stop-kafka|start-kafka        stop/start only the broker of a running stack (fault tests)
#   deploy/local/stack.sh stop-postgres|start-postgres  stop/start only PostgreSQL of a running stack (fault tests)
#
# Environment: PORT_OFFSET (0)  STACK_DIR (<repo>/.stack)  SKIP_APPS=1  SKIP_BUILD=1  MAVEN_REPO_LOCAL  JAVA_HOME
#              PG_TIMEOUT (120) KAFKA_TIMEOUT (120) KEYCLOAK_TIMEOUT (300) APP_TIMEOUT (180) seconds
#              BUILD_TIMEOUT (900)  APP_JAVA_OPTS (extra JVM options for the Quarkus apps)
#              APP_JVM_BASE (the apps' heap/GC/JIT options, default: see start_app)  MALLOC_ARENA_MAX (1)
#              APP_CDS=0 (no class-data sharing archives for the apps)
set -Eeuo pipefail
set +m

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
REALM_FILE=$REPO/deploy/keycloak/zvh-realm.json
USERS_FILE=$REPO/deploy/keycloak/demo-users.txt
TOPICS_FILE=$REPO/deploy/kafka/topics.conf

# Kafka and Keycloak versions come from deploy/versions.properties (the one source; InfrastructureVersionsAgreeEverywhereTest)
VERSIONS_FILE=$REPO/deploy/versions.properties
version_of() { sed -n "s/^$1=//p" "$VERSIONS_FILE" | tail -n 1; }
KAFKA_VERSION=$(version_of kafka.version)
KC_VERSION=$(version_of keycloak.version)
[ -n "$KAFKA_VERSION" ] && [ -n "$KC_VERSION" ] || { echo "kafka.version or keycloak.version missing in $VERSIONS_FILE" >&2; exit 2; }
DATABASES=intake,triage,coveca,reintegration,trafficking,lifecourse

PORT_OFFSET=${PORT_OFFSET:-0}
[[ $PORT_OFFSET =~ ^[0-9]+$ ]] && (( PORT_OFFSET <= 25000 )) || { echo "PORT_OFFSET must be a number 0..25000, got '$PORT_OFFSET'" >&2; exit 2; }
PG_PORT=$((15432 + PORT_OFFSET))
KAFKA_PORT=$((19092 + PORT_OFFSET))
KAFKA_CONTROLLER_PORT=$((19093 + PORT_OFFSET))
KC_PORT=$((8180 + PORT_OFFSET))
KC_MGMT_PORT=$((9180 + PORT_OFFSET))
GATEWAY_PORT=$((8080 + PORT_OFFSET))
# app name : module dir : base port : database ("-" = none). Order = start order; `down` stops in reverse.
# Each app's management interface (health, metrics, OpenAPI and Swagger UI under /q) listens on its port + 1000,
# on loopback only; its HTTP port answers 404 for /q/*.
MGMT_SHIFT=1000
APPS=(
  "intake-service:intake-service:8081:intake"
  "triage-service:triage-service:8082:triage"
  "coveca-service:coveca-service:8083:coveca"
  "reintegration-service:reintegration-service:8084:reintegration"
  "trafficking-service:trafficking-service:8085:trafficking"
  "lifecourse-service:lifecourse-service:8086:lifecourse"
  "gateway:gateway:8080:-"
)

S=${STACK_DIR:-$REPO/.stack}
mkdir -p "$S"
S=$(cd "$S" && pwd)
LOGS=$S/logs RUN=$S/run CACHE=$S/cache TMP=$S/tmp
mkdir -p "$LOGS" "$RUN" "$CACHE" "$TMP"
[ -f "$S/.gitignore" ] || echo '*' > "$S/.gitignore"   # the stack folder never belongs in git

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
KC_HOME=$S/keycloak/keycloak-$KC_VERSION
PG_DATA=$S/postgres/data

# ---------------------------------------------------------------------------------------------------------- helpers
if [ -t 1 ]; then B=$'\e[1m' RED=$'\e[31m' GRN=$'\e[32m' YEL=$'\e[33m' N=$'\e[0m'; else B='' RED='' GRN='' YEL='' N=''; fi
say()  { printf '%s\n' "$*"; }
warn() { printf '%s%s%s\n' "$YEL" "$*" "$N" >&2; }
die()  { printf '%sERROR: %s%s\n' "$RED" "$*" "$N" >&2; exit 1; }
now_ms() { local t=${EPOCHREALTIME//[!0-9]/}; echo $(( t / 1000 )); }
secs() { local ms=$1; printf '%d.%01ds' $(( ms / 1000 )) $(( (ms % 1000) / 100 )); }
T_START=$(now_ms)
exec 8>&1   # progress lines of background waiters (the build) go straight to the terminal

# start time of a pid (field 22 of /proc/PID/stat), to tell our process from a recycled pid
starttime() { local s; { read -r s < "/proc/$1/stat"; } 2>/dev/null || return 1; s=${s##*) }; set -- $s; echo "${20}"; }
# pids of a process group (pure /proc scan: no procps needed)
group_pids() {
  local pg=$1 f s rest
  for f in /proc/[0-9]*/stat; do
    { read -r s < "$f"; } 2>/dev/null || continue
    rest=${s##*) }; set -- $rest
    [ "${3:-}" = "$pg" ] && { s=${f#/proc/}; echo "${s%/stat}"; }
  done
  return 0
}
# component is running if its pid file names a live process group
alive() {
  local f=$RUN/$1.pid pid st
  [ -f "$f" ] || return 1
  read -r pid st < "$f" || return 1
  [ -n "$pid" ] || return 1
  if [ -d "/proc/$pid" ] && [ "$(starttime "$pid")" = "$st" ]; then return 0; fi
  [ -n "$(group_pids "$pid")" ]
}
pid_of() { local pid st; read -r pid st < "$RUN/$1.pid"; echo "$pid"; }
rss_mb() { # RSS of a process group in MB
  local kb=0 p v
  for p in $(group_pids "$1"); do
    v=$(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || true); kb=$(( kb + ${v:-0} ))
  done
  echo $(( kb / 1024 ))
}

# launch NAME LOG CMD...: run CMD in its own session/process group (so `down` can stop all it spawns), stdin closed,
# output appended to LOG; writes "pid starttime" to run/NAME.pid.
launch() {
  local name=$1 log=$2; shift 2
  local pidf=$RUN/$name.pid tmpf=$RUN/$name.pid.new
  rm -f "$tmpf"
  printf '\n===== %s start %s =====\n' "$name" "$(date '+%F %T')" >> "$log"
  # in a subshell, so the process is not a child of this script (a later `wait` must not wait for it)
  ( setsid bash -c 'echo $$ > "$0"; exec "$@"' "$tmpf" "$@" >> "$log" 2>&1 < /dev/null 9>&- & )
  local i
  for i in $(seq 1 100); do [ -s "$tmpf" ] && break; sleep 0.05; done
  [ -s "$tmpf" ] || die "could not start $name"
  local pid; pid=$(cat "$tmpf"); rm -f "$tmpf"
  echo "$pid $(starttime "$pid" || echo 0)" > "$pidf"
}

# stop_components TIMEOUT NAME...: TERM the process groups of all NAMEs at once, wait for all, KILL after TIMEOUT s
stop_components() {
  local timeout=$1 name pid t; shift
  local -A pids=() t0s=()
  for name in "$@"; do
    if ! alive "$name"; then rm -f "$RUN/$name.pid"; continue; fi
    pid=$(pid_of "$name"); pids[$name]=$pid; t0s[$name]=$(now_ms)
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
  for name in "$@"; do
    [ -n "${pids[$name]:-}" ] || continue
    pid=${pids[$name]}; t=${t0s[$name]}
    while [ -n "$(group_pids "$pid")" ]; do
      if (( $(now_ms) - t > timeout * 1000 )); then
        warn "  $name did not stop within ${timeout}s, killing it"
        kill -KILL -- "-$pid" 2>/dev/null || true
        t=$(( $(now_ms) + 5000 ))
      fi
      sleep 0.1
    done
    rm -f "$RUN/$name.pid"
    say "  stopped ${name} ($(secs $(( $(now_ms) - ${t0s[$name]} ))))"
  done
}

# who holds a TCP port (empty when free)
port_holder() { ss -Hltnp "sport = :$1" 2>/dev/null | awk '{ $1=$2=$3=""; print }' | sed 's/^ *//' | head -3; }
check_ports() { # NAME PORT...
  local name=$1 p h; shift
  for p in "$@"; do
    h=$(port_holder "$p")
    [ -z "$h" ] || PORT_CONFLICTS+=("port $p (needed by $name) is already in use: $h")
  done
}

mvnw() {
  local mvn=("$REPO/mvnw")
  [ -x "$REPO/mvnw" ] || mvn=(mvn)
  (cd "$REPO" && "${mvn[@]}" -B -q ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL} "$@")
}

cp_ok() { # classpath file exists and every entry exists
  local f=$1 e
  [ -s "$f" ] || return 1
  local IFS=:
  for e in $(cat "$f"); do [ -e "$e" ] || return 1; done
}

# compile a launcher once (source mode `java Foo.java` costs ~2 s per start on 2 cores); recompiled when it changes
compile_tool() { # SRC CPFILE -> prints classes dir
  local src=$1 cpf=$2 name sum dir
  name=$(basename "$src" .java)
  sum=$(cat "$src" "$cpf" | sha256sum | cut -c1-16)
  dir=$CACHE/classes/$name-$sum
  if [ ! -f "$dir/$name.class" ]; then
    rm -rf "$CACHE/classes/$name"-*
    mkdir -p "$dir"
    "$JAVAC" -nowarn -d "$dir" -cp "$(cat "$cpf")" "$src" >&2 || die "javac $src failed"
  fi
  echo "$dir"
}

tail_log() { local f=$1; say "----- last lines of $f -----"; tail -n "${2:-40}" "$f" 2>/dev/null || true; say "-----"; }

# wait_until NAME TIMEOUT LOG CHECK-CMD...: poll CHECK until it succeeds; fail when the component's process group died
wait_until() {
  local name=$1 timeout=$2 log=$3; shift 3
  local t0; t0=$(now_ms)
  until "$@" >/dev/null 2>&1; do
    if [ -f "$RUN/abort" ]; then echo "ABORTED: gave up waiting because another component failed"; return 1; fi
    if ! alive "$name"; then echo "FAIL $name exited (see $log)"; return 1; fi
    if (( $(now_ms) - t0 > timeout * 1000 )); then echo "FAIL $name not healthy after ${timeout}s (see $log)"; return 1; fi
    sleep 0.3
  done
}

http_ok() { curl -sf -o /dev/null --max-time 3 "$1"; }
health_up() { curl -sf --max-time 3 "$1" | grep -q '"status" *: *"UP"'; }
log_has() { grep -q "$2" "$1" 2>/dev/null; }
log_since_start_has() { # LOG PATTERN: PATTERN after the last "===== ... start" marker
  awk -v pat="$2" '/^===== .* start / { found = 0 } $0 ~ pat { found = 1 } END { exit !found }' "$1" 2>/dev/null
}

# ---------------------------------------------------------------------------------------------------------- resources
prepare_resources() { # fetch classpaths and the Keycloak distribution in ONE Maven call when anything is missing
  local need=() args=()
  cp_ok "$CACHE/pg.cp" || need+=(pg)
  # a cached Kafka classpath of another version (after a bump in deploy/versions.properties) is resolved again
  { cp_ok "$CACHE/kafka.cp" && grep -q "kafka_2.13-$KAFKA_VERSION.jar" "$CACHE/kafka.cp"; } || need+=(kafka)
  [ -x "$KC_HOME/bin/kc.sh" ] || need+=(keycloak)
  [ ${#need[@]} -eq 0 ] && return 0
  local t0; t0=$(now_ms)
  say "resolving from Maven Central: ${need[*]} (one-off, cached in $CACHE)"
  for x in pg kafka keycloak; do
    if [[ " ${need[*]} " == *" $x "* ]]; then args+=("-Dzvh.skip.$x=false"); else args+=("-Dzvh.skip.$x=true"); fi
  done
  mkdir -p "$S/keycloak"
  mvnw -f deploy/local/pom.xml validate -Dzvh.stack.cache="$CACHE" -Dzvh.keycloak.dir="$S/keycloak" "${args[@]}" \
    -Dkafka.version="$KAFKA_VERSION" -Dkeycloak.version="$KC_VERSION" \
    > "$LOGS/maven-resolve.log" 2>&1 || { tail_log "$LOGS/maven-resolve.log"; die "Maven could not resolve the stack's artifacts"; }
  if [[ " ${need[*]} " == *" keycloak "* ]]; then
    local zip=$S/keycloak/keycloak-quarkus-dist.zip x=$S/keycloak/.extract
    rm -rf "$x"; mkdir -p "$x"
    if command -v unzip >/dev/null; then unzip -q "$zip" -d "$x"; else (cd "$x" && jar xf "$zip"); fi
    chmod +x "$x/keycloak-$KC_VERSION"/bin/*.sh
    rm -rf "$KC_HOME"; mv "$x/keycloak-$KC_VERSION" "$KC_HOME"; rm -rf "$x" "$zip"
  fi
  say "  resolved in $(secs $(( $(now_ms) - t0 )))"
}

# ---------------------------------------------------------------------------------------------------------- components
start_postgres() {
  local classes; classes=$(compile_tool "$HERE/pg/PgLauncher.java" "$CACHE/pg.cp")
  # an orphaned postmaster of this stack (launcher killed hard) would lock the data dir: stop it first
  if [ -f "$PG_DATA/postmaster.pid" ]; then
    local opid; opid=$(head -1 "$PG_DATA/postmaster.pid")
    if [ -n "$opid" ] && kill -0 "$opid" 2>/dev/null; then
      warn "stopping an orphaned PostgreSQL of this stack (pid $opid)"; kill -INT "$opid"
      while kill -0 "$opid" 2>/dev/null; do sleep 0.2; done
    fi
  fi
  mkdir -p "$S/postgres"
  # (heap: unpacking the PostgreSQL .txz on the first start needs ~150 MB)
  launch postgres "$LOGS/postgres.log" "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.io.tmpdir="$TMP" \
    -Dzvh.stack="$S" -cp "$classes:$(cat "$CACHE/pg.cp")" PgLauncher "$PG_PORT" "$S/postgres/bin" "$PG_DATA" "$DATABASES"
}
# The key a service signs its audit chain anchors with: random per stack and service, kept in $S/audit (0700), never in
# the database or the repo.
# The key the houses share for the national familiarity check's keyed hashes (triage-service): random per stack.
national_key() {
  local f=$S/national/national.key
  if [ ! -s "$f" ]; then
    (umask 077; mkdir -p "$S/national" && head -c 48 /dev/urandom | base64 -w0 > "$f.tmp" && mv "$f.tmp" "$f")
  fi
  cat "$f"
}
audit_anchor_key() { # SERVICE
  local f=$S/audit/anchor-$1.key
  if [ ! -s "$f" ]; then
    (umask 077; mkdir -p "$S/audit" && head -c 32 /dev/urandom | base64 > "$f.tmp" && mv "$f.tmp" "$f")
  fi
  cat "$f"
}
# Owner and runtime role of every service database (PgLauncher roles): before the apps start, on every up (idempotent;
# hands a database made before the split, owned by postgres, to its owner role)
ensure_db_roles() {
  local classes; classes=$(compile_tool "$HERE/pg/PgLauncher.java" "$CACHE/pg.cp")
  "$JAVA" -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$classes:$(cat "$CACHE/pg.cp")" PgLauncher roles \
    "$PG_PORT" "$DATABASES" >> "$LOGS/postgres.log" 2>&1
}
wait_postgres() { wait_until postgres "${PG_TIMEOUT:-120}" "$LOGS/postgres.log" log_since_start_has "$LOGS/postgres.log" '^READY '; }

# Kafka is secured like production: TLS (a certificate for 127.0.0.1 made on the first start) and SASL SCRAM-SHA-512
# on the client listener, one principal per service with ACLs from deploy/kafka/acls.conf (deny by default), the
# admin principal for the stack's tools and tests. Secrets stay in $S/kafka/secrets (0700), never in the repo.
KAFKA_SECRETS=$S/kafka/secrets
ACLS_FILE=$REPO/deploy/kafka/acls.conf
kafka_services() { grep -v '^#' "$ACLS_FILE" | awk 'NF {print $1}' | sort -u; }
kafka_jaas() { # USER PASSWORD
  printf 'org.apache.kafka.common.security.scram.ScramLoginModule required username="%s" password="%s";' "$1" "$2"
}
kafka_secrets() {
  local d=$KAFKA_SECRETS name
  mkdir -p "$d"; chmod 700 "$d"
  for name in admin tls $(kafka_services); do
    [ -s "$d/$name.password" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$d/$name.password")
  done
  if [ ! -s "$d/truststore.p12" ]; then
    local keytool=${JAVA_HOME:+$JAVA_HOME/bin/}keytool pw; pw=$(cat "$d/tls.password")
    rm -f "$d/broker.p12" "$d/broker.crt"
    "$keytool" -genkeypair -alias broker -keyalg RSA -keysize 2048 -validity 825 -dname "CN=zvh-local-kafka" \
      -ext "SAN=IP:127.0.0.1,DNS:localhost" -keystore "$d/broker.p12" -storetype PKCS12 -storepass "$pw" \
      -keypass "$pw" > /dev/null 2>&1 || die "keytool could not make the broker's certificate"
    "$keytool" -exportcert -alias broker -keystore "$d/broker.p12" -storepass "$pw" -rfc -file "$d/broker.crt" > /dev/null 2>&1
    "$keytool" -importcert -noprompt -alias broker -file "$d/broker.crt" -keystore "$d/truststore.p12" \
      -storetype PKCS12 -storepass "$pw" > /dev/null 2>&1 || die "keytool could not make the truststore"
  fi
  # the admin's client settings: the stack's tools and the system tests read this file
  (umask 077; {
    echo "security.protocol=SASL_SSL"
    echo "sasl.mechanism=SCRAM-SHA-512"
    echo "sasl.jaas.config=$(kafka_jaas admin "$(cat "$d/admin.password")")"
    echo "ssl.truststore.location=$d/truststore.p12"
    echo "ssl.truststore.password=$(cat "$d/tls.password")"
    echo "ssl.truststore.type=PKCS12"
  } > "$d/admin.properties")
}
# the environment a service connects with (Quarkus maps KAFKA_X_Y to the Kafka client setting x.y)
kafka_client_env() { # SERVICE
  local d=$KAFKA_SECRETS
  echo "KAFKA_SECURITY_PROTOCOL=SASL_SSL"
  echo "KAFKA_SASL_MECHANISM=SCRAM-SHA-512"
  echo "KAFKA_SASL_JAAS_CONFIG=$(kafka_jaas "$1" "$(cat "$d/$1.password")")"
  echo "KAFKA_SSL_TRUSTSTORE_LOCATION=$d/truststore.p12"
  echo "KAFKA_SSL_TRUSTSTORE_PASSWORD=$(cat "$d/tls.password")"
  echo "KAFKA_SSL_TRUSTSTORE_TYPE=PKCS12"
}
kafka_cp() { echo "$(compile_tool "$HERE/kafka/KafkaTopics.java" "$CACHE/kafka.cp"):$(cat "$CACHE/kafka.cp")"; }
start_kafka() {
  local dir=$S/kafka cfg=$S/kafka/server.properties cp admin_pw tls_pw
  mkdir -p "$dir/data"
  kafka_secrets
  admin_pw=$(cat "$KAFKA_SECRETS/admin.password"); tls_pw=$(cat "$KAFKA_SECRETS/tls.password")
  if [ -f "$dir/data/meta.properties" ] && [ ! -f "$dir/secured" ]; then
    warn "Kafka's data predates the secured broker (no SCRAM users): starting Kafka from empty storage"
    rm -rf "$dir/data"; mkdir -p "$dir/data"
  fi
  (umask 077; cat > "$cfg" <<EOF
# generated by deploy/local/stack.sh: single-node KRaft (broker + controller), 127.0.0.1 only, TLS + SASL, ACLs
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=SASL_SSL://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=SASL_SSL://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_SSL
listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,SASL_SSL:SASL_SSL
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$admin_pw" user_admin="$admin_pw";
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=$(kafka_jaas admin "$admin_pw")
ssl.keystore.location=$KAFKA_SECRETS/broker.p12
ssl.keystore.password=$tls_pw
ssl.key.password=$tls_pw
ssl.keystore.type=PKCS12
ssl.truststore.location=$KAFKA_SECRETS/truststore.p12
ssl.truststore.password=$tls_pw
ssl.truststore.type=PKCS12
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin
allow.everyone.if.no.acl.found=false
log.dirs=$dir/data
num.partitions=1
log.retention.hours=336
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
EOF
)
  local jopts=(-Xms128m -Xmx512m -XX:+UseG1GC -Djava.io.tmpdir="$TMP" -Dzvh.stack="$S"
               -Dlog4j2.configurationFile="$HERE/kafka/log4j2.properties")
  cp=$(cat "$CACHE/kafka.cp")
  if [ ! -f "$dir/data/meta.properties" ]; then
    local cluster_id; cluster_id=$(head -c16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
    "$JAVA" "${jopts[@]}" -cp "$cp" kafka.tools.StorageTool format -t "$cluster_id" -c "$cfg" --ignore-formatted \
      --add-scram "SCRAM-SHA-512=[name=admin,password=$admin_pw]" \
      >> "$LOGS/kafka.log" 2>&1 || { tail_log "$LOGS/kafka.log"; die "formatting Kafka storage failed"; }
    touch "$dir/secured"
  fi
  launch kafka "$LOGS/kafka.log" "$JAVA" "${jopts[@]}" -cp "$cp" kafka.Kafka "$cfg"
}
kafka_tool() { # ARGS...: the stack's Kafka tool (topics, access)
  "$JAVA" -Xmx128m -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$HERE/kafka/log4j2.properties" -cp "$(kafka_cp)" \
    KafkaTopics "$@"
}
wait_kafka() {
  wait_until kafka "${KAFKA_TIMEOUT:-120}" "$LOGS/kafka.log" log_since_start_has "$LOGS/kafka.log" 'Kafka Server started' || return 1
  { kafka_tool ensure "127.0.0.1:$KAFKA_PORT" "$TOPICS_FILE" "$KAFKA_SECRETS/admin.properties" \
      && kafka_tool access "127.0.0.1:$KAFKA_PORT" "$KAFKA_SECRETS/admin.properties" "$ACLS_FILE" "$KAFKA_SECRETS"; } \
    > "$LOGS/kafka-topics.log" 2>&1 \
    || { echo "FAIL creating Kafka topics and access (see $LOGS/kafka-topics.log)"; cat "$LOGS/kafka-topics.log" >> "$LOGS/kafka.log"; return 1; }
}

realm_sum() { sha256sum "$REALM_FILE" | cut -c1-64; }
start_keycloak() {
  local sumf=$S/keycloak/imported-realm.sha256
  # the realm is imported only into an empty Keycloak: when zvh-realm.json changed, start from a fresh (H2) database
  if [ -d "$KC_HOME/data/h2" ] && [ "$(cat "$sumf" 2>/dev/null)" != "$(realm_sum)" ]; then
    warn "deploy/keycloak/zvh-realm.json changed since the last import: resetting Keycloak's data to re-import it"
    rm -rf "$KC_HOME/data/h2"
  fi
  rm -rf "$KC_HOME/data/import"; mkdir -p "$KC_HOME/data/import" "$TMP/keycloak"
  # back-channel logout goes to this stack's gateway (the realm file names the default port 8080)
  sed "s#http://127.0.0.1:8080/back-channel-logout#http://127.0.0.1:$GATEWAY_PORT/back-channel-logout#" \
    "$REALM_FILE" > "$KC_HOME/data/import/zvh-realm.json"
  realm_sum > "$sumf"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
  JAVA_OPTS_APPEND="-Djava.io.tmpdir=$TMP/keycloak -Dvertx.cacheDirBase=$TMP/keycloak/vertx-cache -Dzvh.stack=$S" \
  launch keycloak "$LOGS/keycloak.log" "$KC_HOME/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$KC_PORT" --http-management-port="$KC_MGMT_PORT" \
    --hostname="http://127.0.0.1:$KC_PORT" --health-enabled=true --import-realm
}
wait_keycloak() {
  wait_until keycloak "${KEYCLOAK_TIMEOUT:-300}" "$LOGS/keycloak.log" \
    http_ok "http://127.0.0.1:$KC_PORT/realms/zvh/.well-known/openid-configuration"
}

app_field() { local f=$2 IFS=:; set -- $1; case $f in name) echo "$1";; dir) echo "$2";; port) echo $(( $3 + PORT_OFFSET ));; mgmt) echo $(( $3 + MGMT_SHIFT + PORT_OFFSET ));; db) echo "$4";; esac; }
app_jar() { echo "$REPO/$(app_field "$1" dir)/target/quarkus-app/quarkus-run.jar"; }
start_app() {
  local a=$1 name port db env
  name=$(app_field "$a" name); port=$(app_field "$a" port); db=$(app_field "$a" db)
  # the management interface answers on loopback only, the gateway's too
  env=(QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$(app_field "$a" mgmt)" QUARKUS_MANAGEMENT_HOST=127.0.0.1
       QUARKUS_OIDC_AUTH_SERVER_URL="http://127.0.0.1:$KC_PORT/realms/zvh")
  if [ "$name" = gateway ]; then
    env+=(QUARKUS_OIDC_CLIENT_ID=zvh-gateway QUARKUS_OIDC_CREDENTIALS_SECRET=zvh-gateway-dev-secret-not-for-production)
    local x
    for x in "${APPS[@]}"; do
      local n; n=$(app_field "$x" name)
      [ "$n" = gateway ] && continue
      local var=${n%-service}; var=${var^^}
      env+=("${var}_URL=http://127.0.0.1:$(app_field "$x" port)"
            "${var}_MANAGEMENT_URL=http://127.0.0.1:$(app_field "$x" mgmt)")
    done
  else
    # services answer only on loopback: from outside this machine the gateway is the one way in
    # two database roles (PgLauncher makes them): Flyway migrates as the owner $db, the service runs as ${db}_app,
    # which may only append to and read the audit tables; the audit chain head is signed with a key the database never sees
    env+=(QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db"
          QUARKUS_DATASOURCE_USERNAME="${db}_app" QUARKUS_DATASOURCE_PASSWORD="${db}_app-local"
          QUARKUS_FLYWAY_USERNAME="$db" QUARKUS_FLYWAY_PASSWORD="$db-owner-local"
          ZVH_AUDIT_ANCHOR_KEY="$(audit_anchor_key "$name")"
          KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT")
    [ "$name" = triage-service ] && env+=(ZVH_NATIONAL_KEY="$(national_key)")
    local line
    while IFS= read -r line; do env+=("$line"); done < <(kafka_client_env "$name")
  fi
  # small-footprint JVM, measured with deploy/bench/bench.sh (start time, idle RSS, throughput): serial GC (no G1
  # regions and threads on 2 cores), a small initial heap, smaller thread stacks and code cache, the C1 compiler only
  # (starts ~1 s faster, ~20 MB less; C2's peak speed is not what limits 2 cores running seven JVMs), unused malloc
  # memory returned to the OS (flags a JDK does not know are ignored), one malloc arena; APP_JVM_BASE replaces these, APP_JAVA_OPTS adds to them
  local jvm=(${APP_JVM_BASE:--XX:+IgnoreUnrecognizedVMOptions -Xms16m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MinHeapFreeRatio=5
    -XX:MaxHeapFreeRatio=20 -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:TrimNativeHeapInterval=2000
    -XX:MetaspaceReclaimPolicy=aggressive})
  env+=(MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-1}")
  launch "$name" "$LOGS/$name.log" env "${env[@]}" "$JAVA" -Xmx256m "${jvm[@]}" $(app_cds "$name" "$(app_jar "$a")") \
    -Djava.io.tmpdir="$TMP" -Dzvh.stack="$S" -Duser.timezone=Europe/Amsterdam ${APP_JAVA_OPTS:-} -jar "$(app_jar "$a")"
}
# Application class-data sharing (AppCDS): the first start of a build records the classes it loads into
# cache/cds/NAME-<jar time>.jsa when the app stops ('down', 'restart'); later starts map them instead of loading and
# verifying them again (start ~25 % faster). A rebuilt jar gets a new archive; APP_CDS=0 switches this off.
app_cds() { # NAME JAR
  [ "${APP_CDS:-1}" = 1 ] || return 0
  local dir=$CACHE/cds jsa; mkdir -p "$dir"
  jsa=$dir/$1-$(stat -c %Y "$2").jsa
  if [ -s "$jsa" ]; then echo "-XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
  else rm -f "$dir/$1"-*.jsa; echo "-XX:ArchiveClassesAtExit=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off"; fi
}
wait_app() {
  local a=$1 name mgmt
  name=$(app_field "$a" name); mgmt=$(app_field "$a" mgmt)
  wait_until "$name" "${APP_TIMEOUT:-180}" "$LOGS/$name.log" health_up "http://127.0.0.1:$mgmt/q/health/ready"
}

start_build() {
  local mvn=./mvnw; [ -x "$REPO/mvnw" ] || mvn=mvn
  # not -q: the "Building <module> [n/m]" lines are the progress 'up' shows; downloads stay out of the log
  launch build "$LOGS/build.log" bash -c 'cd "$1"; shift; "$@"; echo "BUILD-EXIT $?"' build-apps "$REPO" \
    "$mvn" -B -ntp -Dstyle.color=never ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL} -DskipTests package
}
build_progress() { # prints, every 10 s until the build ends, which module Maven is building (to the terminal, fd 8)
  local t0=$1 last=""
  while [ ! -f "$RUN/build.done" ] && alive build; do
    sleep 10
    [ -f "$RUN/build.done" ] && break
    # "[INFO] Building ZVH platform commons (plumbing only) 0.1.0-SNAPSHOT   [3/13]" and its latest step
    # "[INFO] --- compiler:3.14.0:compile (default-compile) @ platform-commons ---"
    local now step
    now=$(grep -Eo 'Building .+ +\[[0-9]+/[0-9]+\]$' "$LOGS/build.log" 2>/dev/null | tail -1 | sed -E 's/ +/ /g; s/^Building //')
    step=$(grep -Eo '^\[INFO\] --- [^ ]+' "$LOGS/build.log" 2>/dev/null | tail -1 | sed -E 's/^\[INFO\] --- //; s/:[0-9][^:]*:/:/')
    if [ -z "$now" ]; then now="reading the project (Maven, plugins and dependencies)"
    elif [ -n "$step" ]; then now="$now, $step"; fi
    printf '  build: %s (%s)\n' "$now" "$(secs $(( $(now_ms) - t0 )))" >&8
    last=$now
  done
}
wait_build() {
  rm -f "$RUN/build.done"
  build_progress "$(now_ms)" &
  local progress=$!
  wait_until build "${BUILD_TIMEOUT:-900}" "$LOGS/build.log" log_since_start_has "$LOGS/build.log" '^BUILD-EXIT '
  local waited=$?
  touch "$RUN/build.done"; kill "$progress" 2>/dev/null
  (( waited == 0 )) || return 1
  local rc; rc=$(grep '^BUILD-EXIT ' "$LOGS/build.log" | tail -1 | cut -d' ' -f2)
  if [ "$rc" != 0 ]; then
    echo "FAIL ./mvnw -DskipTests package failed with exit code $rc; the errors (whole log: $LOGS/build.log):"
    grep -E '^\[ERROR\]' "$LOGS/build.log" | head -20
    echo "fix them, then retry: $0 up"
    return 1
  fi
}

# run a waiter in the background; it records "OK <ms>" or "FAIL <msg>" in run/NAME.result; pid in WAIT_PIDS
WAIT_PIDS=()
bg_wait() { # NAME T0 FUNCTION ARGS...
  local name=$1 t0=$2; shift 2
  rm -f "$RUN/$name.result"
  (
    out=$("$@" 2>&1) && { echo "OK $(( $(now_ms) - t0 ))" > "$RUN/$name.result"; printf '  %s%-22s%s healthy after %s\n' "$GRN" "$name" "$N" "$(secs $(( $(now_ms) - t0 )))"; } \
      || { if [[ $out == ABORTED* ]]; then echo "$out" > "$RUN/$name.result"; else echo "FAIL ${out:-failed}" > "$RUN/$name.result"; fi
           printf '  %s%-22s%s %s\n' "$RED" "$name" "$N" "${out:-failed}"; }
  ) &
  WAIT_PIDS+=($!)
}
# await NAME...: wait for the waiters of NAME...; on the first failure tell the others to give up (run/abort)
await() {
  local name r pending
  while :; do
    pending=0
    for name in "$@"; do
      r=$(cat "$RUN/$name.result" 2>/dev/null || true)
      if [ -z "$r" ]; then pending=1; elif [[ $r != OK* ]]; then touch "$RUN/abort"; fi
    done
    (( pending )) || break
    sleep 0.2
  done
  [ ${#WAIT_PIDS[@]} -eq 0 ] || wait "${WAIT_PIDS[@]}" 2>/dev/null || true
  WAIT_PIDS=()
  rm -f "$RUN/abort"
}
collect() { # NAME...: after `await`, report failures with log tails; returns 1 when any failed
  local rc=0 name r
  for name in "$@"; do
    r=$(cat "$RUN/$name.result" 2>/dev/null || echo "FAIL no result")
    if [[ $r == ABORTED* ]]; then rc=1
    elif [[ $r == FAIL* ]]; then
      rc=1
      say "${RED}${name} failed:${N} ${r#FAIL }"
      case $name in
        build) tail_log "$LOGS/build.log" 60 ;;
        kafka) tail_log "$LOGS/kafka.log"; [ -f "$LOGS/kafka-topics.log" ] && tail_log "$LOGS/kafka-topics.log" ;;
        *) tail_log "$LOGS/$name.log" ;;
      esac
    fi
    rm -f "$RUN/$name.result"
  done
  return $rc
}

# ------------------------------------------------------------------------------------------------------- demo data
demo_token() { # USER: a demo user's access token (password grant, demo realm only)
  curl -sf --max-time 10 -d grant_type=password -d client_id=zvh-gateway \
    -d client_secret=zvh-gateway-dev-secret-not-for-production -d username="$1" -d password=demo \
    "http://127.0.0.1:$KC_PORT/realms/zvh/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
demo_post() { # TOKEN PATH JSON: POST through the gateway; prints the new record's id
  curl -sf --max-time 10 -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" \
    "http://127.0.0.1:$GATEWAY_PORT$2" | sed -n 's/^{"id":"\([0-9a-f-]*\)".*/\1/p'
}
seed_demo_tables() { # De Markiezaten's tables besides integral triage, once (SKIP_DEMO_DATA=1 leaves the house empty)
  [ "${SKIP_DEMO_DATA:-}" = 1 ] && return 0
  alive gateway && alive triage-service || return 0
  local token existing
  token=$(demo_token markiezaten-process-director) || true
  [ -n "$token" ] || { warn "  demo tables: no token for markiezaten-process-director, skipped"; return 0; }
  existing=$(curl -sf --max-time 10 -H "Authorization: Bearer $token" "http://127.0.0.1:$GATEWAY_PORT/triage/api/tables") || existing=''
  [ "$existing" = "[]" ] || return 0
  local police='Politie Zeeland-West-Brabant' om='OM Arrondissementsparket Zeeland-West-Brabant' i28 prolific
  i28=$(demo_post "$token" /triage/api/tables "{\"kind\":\"I28\",\"name\":\"Overleg verward gedrag (I28) West-Brabant-West\",\"chairOrganisation\":\"ZVH De Markiezaten\",\"members\":[\"$police\",\"GGD West-Brabant\",\"GGZ Westelijk Noord-Brabant\",\"Gemeente Roosendaal\"],\"submitters\":[\"$police\"]}" || true)
  prolific=$(demo_post "$token" /triage/api/tables "{\"kind\":\"PROLIFIC_OFFENDERS\",\"name\":\"Veelplegersoverleg De Markiezaten\",\"chairOrganisation\":\"$om\",\"members\":[\"$police\",\"Reclassering Nederland regio Zuid\",\"ZVH De Markiezaten\"]}" || true)
  demo_post "$token" /triage/api/tables "{\"kind\":\"LPCO\",\"name\":\"Leerplicht casusoverleg West-Brabant-West\",\"chairOrganisation\":\"$om\",\"members\":[\"$police\",\"Gemeente Roosendaal\",\"Halt\",\"Raad voor de Kinderbescherming\"]}" >/dev/null || true
  demo_post "$token" /triage/api/tables "{\"kind\":\"YOUTH_AFTERCARE\",\"name\":\"Nazorgtafel Roosendaal\",\"chairOrganisation\":\"Gemeente Roosendaal\",\"municipality\":\"Roosendaal\",\"members\":[\"$police\",\"Jeugdbescherming Brabant\"],\"contactName\":\"Team nazorg gemeente Roosendaal\",\"contactPhone\":\"0165 579 111\",\"contactEmail\":\"nazorg@roosendaal.example\"}" >/dev/null || true
  demo_post "$token" /triage/api/tables "{\"kind\":\"AWARE\",\"name\":\"AWARE-overleg West-Brabant\",\"chairOrganisation\":\"$police\",\"members\":[\"Veilig Thuis West-Brabant\",\"Slachtofferhulp Nederland\"]}" >/dev/null || true
  if [ -n "$i28" ]; then
    demo_post "$token" "/triage/api/tables/$i28/items" '{"externalRef":"PL2000-2026001","municipality":"Roosendaal","firstName":"Johan","lastName":"Verhoeven","summary":"Man spreekt voorbijgangers verward aan bij het station, geen acuut gevaar."}' >/dev/null || true
    demo_post "$token" "/triage/api/tables/$i28/items" '{"externalRef":"PL2000-2026002","municipality":"Bergen op Zoom","summary":"Buren melden nachtelijk geschreeuw en achterdocht; melder anoniem."}' >/dev/null || true
  fi
  if [ -n "$prolific" ]; then
    demo_post "$token" "/triage/api/tables/$prolific/items" '{"firstName":"Ricardo","lastName":"de Wit","birthDate":"1994-03-12","municipality":"Roosendaal","district":"Roosendaal","category":"VERY_ACTIVE"}' >/dev/null || true
  fi
  say "  demo tables of De Markiezaten set up (I28, prolific offenders, LPCO, youth aftercare Roosendaal, AWARE)"
}

# ---------------------------------------------------------------------------------------------------------- commands
print_summary() {
  say ""
  say "${B}ZVH local stack${N} (STACK_DIR=$S, PORT_OFFSET=$PORT_OFFSET)"
  local a name mgmt
  if alive gateway; then say "  Gateway (start here)        http://127.0.0.1:$GATEWAY_PORT/"; fi
  say "  Keycloak admin console      http://127.0.0.1:$KC_PORT/admin/   (admin / admin)"
  say "  Keycloak realm zvh          http://127.0.0.1:$KC_PORT/realms/zvh   (issuer of every token)"
  for a in "${APPS[@]}"; do
    name=$(app_field "$a" name); mgmt=$(app_field "$a" mgmt)
    [ "$name" = gateway ] && continue
    alive "$name" && printf '  %-27s http://127.0.0.1:%s/q/swagger-ui\n' "$name Swagger UI" "$mgmt"
  done
  say "  Health and metrics          /q/health, /q/metrics on each app's port + $MGMT_SHIFT (gateway: http://127.0.0.1:$((GATEWAY_PORT + MGMT_SHIFT))/q/health)"
  say "  PostgreSQL                  127.0.0.1:$PG_PORT  user postgres / postgres  databases ${DATABASES//,/, }"
  say "                              (per database DB: owner DB / DB-owner-local, service role DB_app / DB_app-local)"
  say "  Kafka bootstrap             127.0.0.1:$KAFKA_PORT"
  say "  Logs                        $LOGS/"
  say ""
  say "${B}Demo logins${N} (dev/demo only; password for every user: demo; client zvh-gateway secret zvh-gateway-dev-secret-not-for-production)"
  sed 's/^/  /' "$USERS_FILE"
  say ""
  say "  token: curl -s -d grant_type=password -d client_id=zvh-gateway -d client_secret=zvh-gateway-dev-secret-not-for-production \\"
  say "           -d username=politie-referrer -d password=demo http://127.0.0.1:$KC_PORT/realms/zvh/protocol/openid-connect/token"
}

cmd_up() {
  local skip_apps=${SKIP_APPS:-}
  rm -f "$RUN/abort"
  for arg in "$@"; do case $arg in --no-apps) skip_apps=1 ;; *) die "unknown option $arg" ;; esac; done
  command -v "$JAVA" >/dev/null || die "java not found (JDK 17+ needed; set JAVA_HOME)"
  command -v "$JAVAC" >/dev/null || die "javac not found (a JDK, not a JRE, is needed; set JAVA_HOME)"
  command -v curl >/dev/null || die "curl not found"
  command -v ss >/dev/null || die "ss not found (package iproute2)"
  [ -f "$REALM_FILE" ] || die "missing $REALM_FILE"
  [ -f "$TOPICS_FILE" ] || die "missing $TOPICS_FILE"

  # which apps can run, and whether a build is needed
  local apps=() missing=() need_build=0 a
  if [ -z "$skip_apps" ]; then
    for a in "${APPS[@]}"; do
      local dir; dir=$(app_field "$a" dir)
      if [ -f "$(app_jar "$a")" ]; then
        apps+=("$a")
        # a jar older than its sources (after a git pull or an edit) is built again, unless SKIP_BUILD=1
        if [ "${SKIP_BUILD:-}" != 1 ] && [ -n "$(find "$REPO/$dir/src" "$REPO"/platform-*/src "$REPO/$dir/pom.xml" "$REPO/pom.xml" \
            -newer "$(app_jar "$a")" -type f -print -quit 2>/dev/null)" ]; then need_build=1; fi
      elif [ -f "$REPO/$dir/pom.xml" ] && [ "${SKIP_BUILD:-}" != 1 ]; then apps+=("$a"); need_build=1
      else missing+=("$dir"); fi
    done
  fi

  # port check for everything not already running
  PORT_CONFLICTS=()
  alive postgres || check_ports postgres "$PG_PORT"
  alive kafka || check_ports kafka "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"
  alive keycloak || check_ports keycloak "$KC_PORT" "$KC_MGMT_PORT"
  for a in "${apps[@]}"; do alive "$(app_field "$a" name)" || check_ports "$(app_field "$a" name)" "$(app_field "$a" port)" "$(app_field "$a" mgmt)"; done
  if [ ${#PORT_CONFLICTS[@]} -gt 0 ]; then
    local c; for c in "${PORT_CONFLICTS[@]}"; do printf '%sERROR: %s%s\n' "$RED" "$c" "$N" >&2; done
    die "free these ports (another stack? try: $0 status / down, or set PORT_OFFSET) and retry"
  fi

  say "${B}starting ZVH local stack${N} in $S (PORT_OFFSET=$PORT_OFFSET)"
  prepare_resources

  # infrastructure in parallel
  # infrastructure in parallel, slowest first; each waiter reports its time since its own start
  local t0
  t0=$(now_ms)
  if alive keycloak; then
    say "  keycloak already running (pid $(pid_of keycloak))"
    [ "$(cat "$S/keycloak/imported-realm.sha256" 2>/dev/null)" = "$(realm_sum)" ] \
      || warn "  zvh-realm.json changed since Keycloak imported it: run '$0 down' and 'up' again to re-import"
  else start_keycloak; fi
  bg_wait keycloak "$t0" wait_keycloak
  t0=$(now_ms)
  if alive postgres; then say "  postgres already running (pid $(pid_of postgres))"; else start_postgres; fi
  bg_wait postgres "$t0" wait_postgres
  t0=$(now_ms)
  if alive kafka; then say "  kafka already running (pid $(pid_of kafka))"; else start_kafka; fi
  bg_wait kafka "$t0" wait_kafka
  # the Maven build (if needed) runs meanwhile, as a component of its own (so `down` can stop it too)
  local waited=(keycloak postgres kafka)
  if (( need_build )); then
    say "  building the apps (./mvnw -B -q -DskipTests package, log: $LOGS/build.log) while the infrastructure starts"
    if ! alive build; then start_build; fi
    t0=$(now_ms); bg_wait build "$t0" wait_build
    waited+=(build)
  fi
  await "${waited[@]}"
  if ! collect "${waited[@]}"; then
    say "stack not ready after $(secs $(( $(now_ms) - T_START ))) (infrastructure or build failed); what did start keeps running: '$0 down' stops it"
    exit 1
  fi
  ensure_db_roles || { tail_log "$LOGS/postgres.log"; die "could not set up the database roles"; }
  say "  infrastructure ready after $(secs $(( $(now_ms) - T_START )))"

  # apps
  if [ -n "$skip_apps" ]; then
    say "  apps skipped (SKIP_APPS/--no-apps)"
  else
    for a in "${missing[@]}"; do warn "  skipping ${a}: no target/quarkus-app/quarkus-run.jar (build it: ./mvnw -DskipTests package)"; done
    local names=()
    WAIT_PIDS=()
    t0=$(now_ms)
    for a in "${apps[@]}"; do
      local name; name=$(app_field "$a" name)
      if [ ! -f "$(app_jar "$a")" ]; then warn "  skipping $name: build produced no $(app_jar "$a")"; continue; fi
      if alive "$name"; then say "  $name already running (pid $(pid_of "$name"))"; else start_app "$a"; fi
      bg_wait "$name" "$t0" wait_app "$a"
      names+=("$name")
    done
    [ ${#names[@]} -eq 0 ] || await "${names[@]}"
    if [ ${#names[@]} -gt 0 ] && ! collect "${names[@]}"; then
      say "apps not healthy after $(secs $(( $(now_ms) - T_START ))); '$0 down' stops the stack"
      exit 1
    fi
    seed_demo_tables
  fi
  print_summary
  say ""
  say "${GRN}stack up in $(secs $(( $(now_ms) - T_START )))${N}"
}

cmd_down() {
  say "${B}stopping ZVH local stack${N} in $S"
  local i a name any=0
  # reverse start order: the gateway, then the services (together), then Keycloak, Kafka, PostgreSQL
  local services=()
  for (( i=${#APPS[@]}-1; i>=0; i-- )); do
    name=$(app_field "${APPS[$i]}" name)
    alive "$name" && any=1
    [ "$name" = gateway ] || services+=("$name")
  done
  stop_components 30 gateway
  stop_components 30 "${services[@]}"
  for name in build keycloak kafka postgres; do
    alive "$name" && any=1
    stop_components 60 "$name"
  done
  # PostgreSQL runs in its own session (pg_ctl): make sure the postmaster is gone too
  if [ -f "$PG_DATA/postmaster.pid" ]; then
    local opid; opid=$(head -1 "$PG_DATA/postmaster.pid")
    if [ -n "$opid" ] && kill -0 "$opid" 2>/dev/null; then
      any=1; warn "  PostgreSQL postmaster $opid still running: fast shutdown"; kill -INT "$opid" || true
      local t; t=$(now_ms)
      while kill -0 "$opid" 2>/dev/null; do (( $(now_ms) - t > 30000 )) && kill -KILL "$opid"; sleep 0.2; done
    fi
  fi
  rm -f "$RUN"/*.pid "$RUN"/*.result
  (( any )) || say "  nothing was running"
  say "stack down ($(secs $(( $(now_ms) - T_START ))))"
}

cmd_status() {
  say "${B}ZVH local stack${N} in $S (PORT_OFFSET=$PORT_OFFSET)"
  printf '  %-22s %-9s %-8s %-8s %s\n' component state pid rss url
  row() { # NAME URL HEALTH-URL
    local name=$1 url=$2 hurl=${3:-} state=stopped pid=- rss=-
    if alive "$name"; then
      pid=$(pid_of "$name"); rss="$(rss_mb "$pid")M"; state=running
      if [ -n "$hurl" ]; then http_ok "$hurl" && state=healthy || state=starting; fi
    fi
    printf '  %-22s %-9s %-8s %-8s %s\n' "$name" "$state" "$pid" "$rss" "$url"
  }
  row postgres "127.0.0.1:$PG_PORT"
  row kafka "127.0.0.1:$KAFKA_PORT"
  row keycloak "http://127.0.0.1:$KC_PORT/admin/" "http://127.0.0.1:$KC_PORT/realms/zvh"
  local a name port
  for a in "${APPS[@]}"; do
    name=$(app_field "$a" name); port=$(app_field "$a" port)
    if [ -f "$RUN/$name.pid" ] || [ -f "$(app_jar "$a")" ]; then
      row "$name" "http://127.0.0.1:$port/" "http://127.0.0.1:$(app_field "$a" mgmt)/q/health/ready"
    else
      printf '  %-22s %-9s %-8s %-8s %s\n' "$name" "not built" - - "http://127.0.0.1:$port/"
    fi
  done
  if [ -f "$PG_DATA/postmaster.pid" ] && ! alive postgres; then
    local opid; opid=$(head -1 "$PG_DATA/postmaster.pid")
    kill -0 "$opid" 2>/dev/null && warn "  orphaned PostgreSQL postmaster running (pid $opid): '$0 down' stops it"
  fi
}

cmd_logs() {
  if [ $# -gt 0 ]; then
    [ -f "$LOGS/$1.log" ] || die "no log $LOGS/$1.log (have: $(cd "$LOGS" && ls *.log 2>/dev/null | sed 's/\.log$//' | tr '\n' ' '))"
    exec tail -n 100 -F "$LOGS/$1.log"
  fi
  local f
  for f in "$LOGS"/*.log; do [ -f "$f" ] && tail_log "$f" 15; done
}

cmd_topics() {
  alive kafka || die "Kafka is not running"
  cp_ok "$CACHE/kafka.cp" || die "no Kafka classpath yet: run '$0 up' first"
  kafka_tool list "127.0.0.1:$KAFKA_PORT" "$KAFKA_SECRETS/admin.properties" 2>/dev/null
}

# fault injection: one infrastructure component of a running stack, the apps keep running
cmd_stop_one() { # NAME
  alive "$1" || { say "  $1 is not running"; return 0; }
  stop_components 60 "$1"
  if [ "$1" = postgres ] && [ -f "$PG_DATA/postmaster.pid" ]; then   # the postmaster runs in its own session
    local opid; opid=$(head -1 "$PG_DATA/postmaster.pid")
    if [ -n "$opid" ] && kill -0 "$opid" 2>/dev/null; then
      kill -INT "$opid" || true
      while kill -0 "$opid" 2>/dev/null; do sleep 0.1; done
    fi
  fi
}
cmd_restart() { # APP: stop one app and start it alone (deploy/bench/bench.sh measures its start this way)
  local a found=
  for a in "${APPS[@]}"; do [ "$(app_field "$a" name)" = "${1:-}" ] && found=$a; done
  [ -n "$found" ] || die "restart: name one of: $(for a in "${APPS[@]}"; do printf '%s ' "$(app_field "$a" name)"; done)"
  alive "$1" && stop_components 60 "$1"
  local t0; t0=$(now_ms)
  start_app "$found"
  wait_app "$found" || { tail_log "$LOGS/$1.log"; die "$1 did not become ready"; }
  say "  restarted $1: ready after $(secs $(( $(now_ms) - t0 )))"
}
cmd_start_one() { # NAME
  local t0; t0=$(now_ms)
  if alive "$1"; then say "  $1 already running (pid $(pid_of "$1"))"; return 0; fi
  cp_ok "$CACHE/$([ "$1" = postgres ] && echo pg || echo kafka).cp" || die "no classpath cached: run '$0 up' first"
  case $1 in
    kafka) start_kafka; wait_kafka || { tail_log "$LOGS/kafka.log"; die "kafka did not start"; } ;;
    postgres) start_postgres; wait_postgres || { tail_log "$LOGS/postgres.log"; die "postgres did not start"; } ;;
  esac
  say "  started $1 ($(secs $(( $(now_ms) - t0 ))))"
}

# one command at a time per stack folder (children do not inherit the lock: see launch)
exec 9> "$RUN/.lock"
cmd=${1:-help}; shift || true
case $cmd in
  up|down|restart|stop-kafka|start-kafka|stop-postgres|start-postgres) flock -n 9 || die "another '$0' is already working on $S";;
esac
case $cmd in
  up) cmd_up "$@" ;;
  down) cmd_down ;;
  status) cmd_status ;;
  logs) cmd_logs "$@" ;;
  topics) cmd_topics ;;
  restart) cmd_restart "$@" ;;
  stop-kafka) cmd_stop_one kafka ;;
  start-kafka) cmd_start_one kafka ;;
  stop-postgres) cmd_stop_one postgres ;;
  start-postgres) cmd_start_one postgres ;;
  -h|--help|help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" ;;
  *) die "unknown command '$cmd' (up|down|restart|status|logs|topics|stop-kafka|start-kafka|stop-postgres|start-postgres)" ;;
esac
