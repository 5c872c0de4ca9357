#!/usr/bin/env bash
# Triage table benchmark against a RUNNING stack (issue 22): a session with 150 referrals on its agenda, read through
# the gateway as the table reads it, p50/p99 in milliseconds, client side, including the gateway hop.
#
#   deploy/bench/agenda-benchmark.sh                      # ITEMS=150 RUNS=50 TARGET_MS=100, PORT_OFFSET=0
#
# Set-up (through the gateway's API, as real users): politie-referrer files ITEMS referrals (a parent and a child
# each), politie-triage-chair adds an extra session today and moves every referral onto it. Measured:
#   triage-agenda-page    the agenda page of that session (HTML, the chair's browser session; 50 items a page)
#   triage-agenda-api     the same session with its whole agenda as JSON (the chair's bearer token)
#   open-checks-page      the police member's list of open familiarity checks (HTML)
#   open-checks-api       the police system's open checks (client credentials), as it polls them
# The referrals stay (they are the volume); a re-run adds another session. Exit 1 when a p99 is above TARGET_MS.
set -euo pipefail
PORT_OFFSET=${PORT_OFFSET:-0}
ITEMS=${ITEMS:-150}
RUNS=${RUNS:-50}
WARMUP=${WARMUP:-5}
TARGET_MS=${TARGET_MS:-100}
GATEWAY=${GATEWAY:-http://127.0.0.1:$((8080 + PORT_OFFSET))}
KEYCLOAK=${KEYCLOAK:-http://127.0.0.1:$((8180 + PORT_OFFSET))}
GATEWAY_SECRET=${GATEWAY_SECRET:-zvh-gateway-dev-secret-not-for-production}
POLICE_SECRET=${POLICE_SECRET:-police-dev-secret}
HERE=$(cd "$(dirname "$0")" && pwd)
eval "$(sed -n -e '/^percentile() /p' "$HERE/figures-benchmark.sh")"
TOKEN_URL=$KEYCLOAK/realms/zvh/protocol/openid-connect/token

user_token() { # USER
  curl -sf "$TOKEN_URL" -d grant_type=password -d client_id=zvh-gateway -d "client_secret=$GATEWAY_SECRET" \
    -d "username=$1" -d "password=${DEMO_PASSWORD:-demo}" -d scope=openid | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
client_token() { # CLIENT SECRET
  curl -sf "$TOKEN_URL" -d grant_type=client_credentials -d "client_id=$1" -d "client_secret=$2" \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
post_json() { # TOKEN PATH BODY -> body; fails on a status other than 2xx
  curl -sf -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" "$GATEWAY$2"
}
field() { grep -o "\"$1\":\"[^\"]*\"" | head -1 | cut -d\" -f4; } # the first (top-level) one

referrer=$(user_token politie-referrer)
chair=$(user_token politie-triage-chair)
today=$(TZ=Europe/Amsterdam date +%F)
echo "set-up: $ITEMS referrals onto one extra session ..."
ids=()
for i in $(seq "$ITEMS"); do
  body='{"mainPerson":{"firstName":"Bench","lastName":"Tafel'"$i"'","dateOfBirth":"1980-01-01"},
    "systemMembers":[{"relation":"CHILD","firstName":"Kind","lastName":"Tafel'"$i"'","dateOfBirth":"2014-05-05"}],
    "municipality":"Bergen op Zoom","problemAreas":["HOUSING_NUISANCE"],"question":"Benchmark van de tafel.",
    "urgency":"NORMAL","personInformed":"INFORMED"}'
  ids+=("$(post_json "$referrer" /intake/api/referrals "$body" | field id)")
done
session=$(post_json "$chair" /triage/api/triage/sessions \
  "{\"date\":\"$today\",\"time\":\"23:59\",\"reason\":\"Benchmark: $ITEMS verwijzingen\"}" | field sessionId)
for id in "${ids[@]}"; do
  for _ in $(seq 100); do # triage receives the referral over Kafka: retry until it is on the queue
    if post_json "$chair" "/triage/api/triage/sessions/$session/items" "{\"referralId\":\"$id\"}" > /dev/null 2>&1
    then continue 2; fi
    sleep 0.2
  done
  echo "referral $id did not reach triage" >&2; exit 1
done
echo "session $session has $ITEMS referrals"

slow=0
check() { # LINE
  echo "$1"
  local p99; p99=$(sed -E 's/.*p99 +([0-9.]+) ms.*/\1/' <<<"$1")
  if awk -v a="$p99" -v t="$TARGET_MS" 'BEGIN { exit !(a > t) }'; then slow=1; fi
}
api() { # NAME PATH TOKEN
  local times
  for _ in $(seq "$WARMUP"); do curl -sf -o /dev/null -H "Authorization: Bearer $3" "$GATEWAY$2"; done
  times=$(for _ in $(seq "$RUNS"); do
    curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $3" "$GATEWAY$2"
  done | awk '{ printf "%.1f\n", $1 * 1000 }')
  check "$(printf '%-28s p50 %7s ms   p99 %7s ms   n=%s' "$1" "$(percentile 50 <<<"$times")" \
    "$(percentile 99 <<<"$times")" "$RUNS")"
}
api triage-agenda-api "/triage/api/triage/sessions/$session" "$chair"
api open-checks-api "/triage/api/triage/checks?status=OPEN" "$(client_token police-zwb-system "$POLICE_SECRET")"
pages=$(PAGES="triage-agenda-page=/triage/ui/agenda?session=$session@politie-triage-chair
open-checks-page=/triage/ui/checks@politie-triage-member" RUNS=$RUNS WARMUP=$WARMUP TARGET_MS=$TARGET_MS \
  PORT_OFFSET=$PORT_OFFSET GATEWAY=$GATEWAY "$HERE/pages-benchmark.sh") || slow=1
grep -E '^(triage|open)' <<<"$pages" || true
if [ "$slow" = 0 ]; then echo "agenda-benchmark: OK (every p99 <= ${TARGET_MS} ms)"
else echo "agenda-benchmark: SLOW or failed (see above)"; exit 1; fi
