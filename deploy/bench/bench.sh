#!/usr/bin/env bash
# ZVH benchmark: the machine's limits and the platform's figures side by side, in one run. See deploy/bench/README.md.
#
#   deploy/bench/bench.sh            use the stack running at PORT_OFFSET, or start one (and stop it afterwards)
#
# Environment: PORT_OFFSET (0)  STACK_DIR (<repo>/.stack)  RATE (300 req/s)  SECONDS_OPEN (30)  SECONDS_MAX (20)
#              CONCURRENCY (16)  PGBENCH_CLIENTS (4)  WRK_CONNECTIONS (16)  KEEP_STACK=1 (leave a stack it started running)
#              SUSTAINED_RATE (half the measured maximum)  SKIP_FIGURES=1 (no national volume, no figures)
# Prints a results table (markdown) at the end; raw outputs go to $STACK_DIR/bench/.
set -Eeuo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
STACK=$REPO/deploy/local/stack.sh
export PORT_OFFSET=${PORT_OFFSET:-0}
export STACK_DIR=${STACK_DIR:-$REPO/.stack}
RATE=${RATE:-300} SECONDS_OPEN=${SECONDS_OPEN:-30} SECONDS_MAX=${SECONDS_MAX:-20} CONCURRENCY=${CONCURRENCY:-16}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-4} WRK_CONNECTIONS=${WRK_CONNECTIONS:-16}
PG_PORT=$((15432 + PORT_OFFSET)) KC_PORT=$((8180 + PORT_OFFSET)) GATEWAY=http://127.0.0.1:$((8080 + PORT_OFFSET))
# health and metrics are on each app's management interface: its port + 1000 (deploy/local/stack.sh)
GATEWAY_MANAGEMENT=http://127.0.0.1:$((9080 + PORT_OFFSET)) INTAKE_MANAGEMENT_PORT=$((9081 + PORT_OFFSET))
OUT=$STACK_DIR/bench; mkdir -p "$OUT"
export PGPASSWORD=postgres
SERVICES=(intake-service triage-service coveca-service reintegration-service trafficking-service lifecourse-service gateway)
# one referrer sends hundreds per second here: lift the gateway's per-person rate limit for the apps (re)started below
export GATEWAY_RATE_PER_USER=${GATEWAY_RATE_PER_USER:-1000000}
ROWS=()
row() { ROWS+=("| $1 | $2 | $3 |"); printf '  %-58s %-28s %s\n' "$1" "$2" "$3"; }
now_ms() { local t=${EPOCHREALTIME//[!0-9]/}; echo $(( t / 1000 )); }

need() { # TOOL DEBIAN-PACKAGE
  command -v "$1" >/dev/null && return 0
  echo "installing $2 (Debian) for $1"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q "$2" >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q "$2" >/dev/null; }
  else sudo apt-get install -y -q "$2" >/dev/null; fi
}
need pgbench postgresql-client
need psql postgresql-client
need wrk wrk

# ------------------------------------------------------------------------------------------------ stack
STARTED_HERE=0
if curl -sf --max-time 3 "$GATEWAY_MANAGEMENT/q/health/ready" >/dev/null; then
  echo "using the running stack at PORT_OFFSET=$PORT_OFFSET ($STACK_DIR)"
  STACK_START="not measured (stack was already running)"
else
  echo "starting the stack (PORT_OFFSET=$PORT_OFFSET, STACK_DIR=$STACK_DIR)"
  t0=$(now_ms)
  SKIP_BUILD=${SKIP_BUILD:-0} "$STACK" up > "$OUT/stack-up.out" 2>&1 || { tail -40 "$OUT/stack-up.out"; exit 1; }
  STACK_START="$(( ($(now_ms) - t0) / 1000 )).$(( ($(now_ms) - t0) % 1000 / 100 )) s"
  STARTED_HERE=1
fi
cleanup() {
  if (( STARTED_HERE )) && [ "${KEEP_STACK:-}" != 1 ]; then "$STACK" down > "$OUT/stack-down.out" 2>&1 || true
  elif (( ! STARTED_HERE )); then   # give a stack that was already running its gateway rate limit back
    echo "restarting the gateway with its own rate limit"; env -u GATEWAY_RATE_PER_USER "$STACK" restart gateway > /dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

echo; echo "ZVH benchmark $(date -u '+%F %H:%M UTC') on $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine skew the figures)"
echo

# ------------------------------------------------------------------------------------------------ start time, RSS
echo "== services: start time (each restarted alone on the otherwise idle stack) and idle RSS"
# `stack.sh restart NAME` stops one app and starts it alone; a first start after a build records the app's class-data
# sharing archive at its stop, so every app is restarted twice and the second start counts
for s in "${SERVICES[@]}"; do "$STACK" restart "$s" > "$OUT/restart-$s.out" 2>&1 || { cat "$OUT/restart-$s.out"; exit 1; }; done
declare -A READY=()
for s in "${SERVICES[@]}"; do
  "$STACK" restart "$s" > "$OUT/restart-$s.out" 2>&1 || { cat "$OUT/restart-$s.out"; exit 1; }
  READY[$s]=$(grep -o 'ready after [0-9.]*s' "$OUT/restart-$s.out" | tail -1 | sed 's/ready after //')
done
echo "  idle for 30 s before reading RSS"; sleep 30
for s in "${SERVICES[@]}"; do
  log=$STACK_DIR/logs/$s.log
  started=$(grep -o 'started in [0-9.]*s' "$log" 2>/dev/null | tail -1 | sed 's/started in //' || true); started=${started:-?}
  pid=$(cut -d' ' -f1 "$STACK_DIR/run/$s.pid" 2>/dev/null || true)
  kb=0
  if [ -n "$pid" ]; then
    for p in $(ps -o pid= --ppid "$pid" 2>/dev/null) "$pid"; do
      v=$(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0); kb=$(( kb + ${v:-0} ))
    done
  fi
  row "$s start (Quarkus 'started in' / ready) / idle RSS" "$started / ${READY[$s]} / $(( kb / 1024 )) MB" "< 3 s / < 200 MB"
done
row "whole local stack start time (stack.sh up, all apps at once)" "$STACK_START" "-"

# ------------------------------------------------------------------------------------------------ raw PostgreSQL
echo; echo "== raw PostgreSQL insert rate (pgbench, one transaction = referral + 2 persons + outbox row)"
psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -tc "select 1 from pg_database where datname='bench'" | grep -q 1 \
  || psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "create database bench"
psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d bench -f "$HERE/pgbench-schema.sql" >/dev/null 2>&1
pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -c "$PGBENCH_CLIENTS" -j 2 -T "$SECONDS_MAX" -f "$HERE/pgbench-referral.sql" bench \
  > "$OUT/pgbench.out" 2>&1 || { cat "$OUT/pgbench.out"; exit 1; }
PG_TPS=$(grep -o 'tps = [0-9.]*' "$OUT/pgbench.out" | head -1 | cut -d' ' -f3)
PG_LAT=$(grep -o 'latency average = [0-9.]* ms' "$OUT/pgbench.out" | cut -d' ' -f4)
row "raw PostgreSQL referral insert ($PGBENCH_CLIENTS clients)" "${PG_TPS%.*} tx/s (avg ${PG_LAT} ms)" "machine limit"

# ------------------------------------------------------------------------------------------------ bare HTTP
echo; echo "== bare HTTP endpoint rate (wrk, intake-service /q/health/live on its management port)"
wrk -t2 -c"$WRK_CONNECTIONS" -d"${SECONDS_MAX}s" --latency "http://127.0.0.1:$INTAKE_MANAGEMENT_PORT/q/health/live" > "$OUT/wrk.out" 2>&1
WRK_RPS=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk.out")
WRK_P99=$(awk '$1 == "99%" {print $2}' "$OUT/wrk.out")
row "bare HTTP GET /q/health/live ($WRK_CONNECTIONS connections)" "${WRK_RPS%.*} req/s (p99 $WRK_P99)" "machine limit"

# ------------------------------------------------------------------------------------------------ create referral
echo; echo "== create referral through the gateway (real token of politie-referrer)"
TOKEN=$(curl -sf -d grant_type=password -d client_id=zvh-gateway -d client_secret=zvh-gateway-dev-secret-not-for-production \
  -d username=politie-referrer -d password=demo "http://127.0.0.1:$KC_PORT/realms/zvh/protocol/openid-connect/token" \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
[ -n "$TOKEN" ] || { echo "no token from Keycloak"; exit 1; }
LG=(java -Xmx256m -XX:TieredStopAtLevel=1 "$HERE/LoadGenerator.java")
q() { psql -qAt -F' ' -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$1" -c "$2"; }
# waits (at most 180 s) until triage has every referral intake accepted since $1: the hop of a run is then complete
drained() {
  local i n t
  for i in $(seq 1 180); do
    n=$(q intake "select count(*) from referral where submitted_at >= '$1'")
    t=$(q triage "select count(*) from triage_referral where submitted_at >= '$1'")
    [ "$n" = "$t" ] && return 0; sleep 1
  done
  echo "  triage still behind after 180 s ($t of $n)"
}
# event hop of the referrals submitted since $1 (until $2): "count p50 p99"
hop() {
  q triage "select count(*),
      round((1000 * percentile_cont(0.5) within group (order by extract(epoch from received_at - submitted_at)))::numeric, 1),
      round((1000 * percentile_cont(0.99) within group (order by extract(epoch from received_at - submitted_at)))::numeric, 1)
    from triage_referral where submitted_at >= '$1' and submitted_at < '$2'"
}
f() { grep -o "\b$1=[^ ]*" "$2" | head -1 | cut -d= -f2-; }
"${LG[@]}" closed "$GATEWAY/intake/api/referrals" "$TOKEN" "$HERE/referral.json" 4 10 > "$OUT/referral-warmup.out"   # JIT warm-up
sleep 5
"${LG[@]}" closed "$GATEWAY/intake/api/referrals" "$TOKEN" "$HERE/referral.json" "$CONCURRENCY" "$SECONDS_MAX" | tee "$OUT/referral-max.out"
MAX_TPS=$(f throughput "$OUT/referral-max.out")
RATIO=$(awk -v a="$MAX_TPS" -v b="$PG_TPS" 'BEGIN { printf "%.1f", 100 * a / b }')
row "create referral, max throughput ($CONCURRENCY in flight)" "${MAX_TPS%.*} req/s = $RATIO % of raw insert" ">= 30 % of raw insert"

run_open() { # RATE LABEL: fixed arrival rate for SECONDS_OPEN, then the event hop of exactly those referrals
  local rate=$1 label=$2 from to h
  drained "$(q triage "select now() - interval '1 hour'")"
  from=$(q triage "select now()")
  "${LG[@]}" open "$GATEWAY/intake/api/referrals" "$TOKEN" "$HERE/referral.json" "$rate" "$SECONDS_OPEN" | tee "$OUT/referral-open-$label.out"
  to=$(q triage "select now()")
  local o="$OUT/referral-open-$label.out" stored
  row "create referral at $rate req/s fixed arrival ($SECONDS_OPEN s)" \
    "p50 $(f p50_ms "$o") ms, p99 $(f p99_ms "$o") ms over all answers; $(f ok "$o") of $(f sent "$o") answered 201 (p50 $(f ok_p50_ms "$o") ms, p99 $(f ok_p99_ms "$o") ms), statuses $(f statuses "$o")" "p99 < 50 ms"
  drained "$from"
  # what was stored must be exactly what was answered 201: a refusal (503 at the gateway) stores nothing, and no
  # request is carried out after its client was told it failed (the 504-then-stored of an unbounded queue)
  stored=$(q intake "select count(*) from referral where submitted_at >= '$from'")
  row "referrals stored in the $rate req/s run" "$stored stored for $(( $(f ok "$o") + $(f warmup_ok "$o") )) answered 201 (warm-up included)" "stored = answered 201"
  read -r h_n h_p50 h_p99 <<< "$(hop "$from" "$to")"
  row "event hop submitted -> triage agenda at $rate req/s ($h_n referrals)" "p50 $h_p50 ms, p99 $h_p99 ms" "p99 < 500 ms"
}
run_open "$RATE" target
SUSTAINED_RATE=${SUSTAINED_RATE:-$(awk -v m="$MAX_TPS" 'BEGIN { r = int(m / 2); print (r < 1 ? 1 : r) }')}
run_open "$SUSTAINED_RATE" sustained

# ------------------------------------------------------------------------------------------------ figures
echo; echo "== annual figures of one house at full volume"
if [ "${SKIP_FIGURES:-}" = 1 ]; then
  row "annual figures of one house at full volume" "skipped (SKIP_FIGURES=1)" "< 200 ms"
elif [ -x "$HERE/generate-national.sh" ] && [ -x "$HERE/figures-benchmark.sh" ]; then
  "$HERE/generate-national.sh" | tee "$OUT/generate-national.out"
  "$HERE/figures-benchmark.sh" | tee "$OUT/figures.out"
  row "annual figures of one house (see figures-benchmark.sh output)" "$(tail -1 "$OUT/figures.out")" "< 200 ms"
else
  echo "skipped: not present (deploy/bench/generate-national.sh, deploy/bench/figures-benchmark.sh)"
  row "annual figures of one house at full volume" "skipped: not present" "< 200 ms"
fi

echo; echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo; echo "| figure | result | target |"; echo "|---|---|---|"; printf '%s\n' "${ROWS[@]}"
