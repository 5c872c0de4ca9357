#!/usr/bin/env bash
# Figures benchmark against a RUNNING stack: real analyst token from Keycloak, repeated figure calls through the
# gateway, p50/p99 per call (milliseconds, client side, including the gateway hop).
#
#   PORT_OFFSET=10000 deploy/bench/figures-benchmark.sh        # RUNS=50 YEAR=<last year> ANALYST=politie-analyst
#
# Load volume first with deploy/bench/generate-national.sh. Target: a house's annual figures in under 200 ms.
# Output: one line per call "name  p50 ms  p99 ms  n", and a last line "figures-benchmark: OK|SLOW".
set -euo pipefail
PORT_OFFSET=${PORT_OFFSET:-0}
RUNS=${RUNS:-50}
WARMUP=${WARMUP:-5}
YEAR=${YEAR:-$(( $(date +%Y) - 1 ))}
ANALYST=${ANALYST:-politie-analyst}
TARGET_MS=${TARGET_MS:-200}
GATEWAY=${GATEWAY:-http://127.0.0.1:$((8080 + PORT_OFFSET))}
KEYCLOAK=${KEYCLOAK:-http://127.0.0.1:$((8180 + PORT_OFFSET))}
SECRET=${GATEWAY_SECRET:-zvh-gateway-dev-secret-not-for-production}

token() {
  curl -sf "$KEYCLOAK/realms/zvh/protocol/openid-connect/token" -d grant_type=password -d client_id=zvh-gateway \
    -d client_secret="$SECRET" -d username="$ANALYST" -d password="${ANALYST_PASSWORD:-demo}" \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# percentile P of the sorted numbers on stdin (nearest rank)
percentile() { sort -n | awk -v p="$1" '{ a[NR] = $1 } END { i = int((p / 100) * NR + 0.999); if (i < 1) i = 1; printf "%.1f", a[i] }'; }

slow=0
bench() { # NAME PATH
  local name=$1 path=$2 tok times code
  tok=$(token)
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $tok" "$GATEWAY$path")
  if [ "$code" != 200 ]; then echo "$name: HTTP $code for $path" >&2; slow=1; return; fi
  for _ in $(seq "$WARMUP"); do curl -s -o /dev/null -H "Authorization: Bearer $tok" "$GATEWAY$path"; done
  times=$(for _ in $(seq "$RUNS"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $tok" "$GATEWAY$path"
  done | awk '{ printf "%.1f\n", $1 * 1000 }')
  local p50 p99
  p50=$(percentile 50 <<<"$times"); p99=$(percentile 99 <<<"$times")
  printf '%-28s p50 %7s ms   p99 %7s ms   n=%s\n' "$name" "$p50" "$p99" "$RUNS"
  if [ "${3:-}" = target ] && awk -v a="$p50" -v t="$TARGET_MS" 'BEGIN { exit !(a > t) }'; then slow=1; fi
}

echo "figures benchmark: $GATEWAY as $ANALYST, year $YEAR, $RUNS runs after $WARMUP warm-up"
bench intake-figures "/intake/api/figures?year=$YEAR" target
bench triage-figures "/triage/api/triage/figures?from=$YEAR-01-01&to=$YEAR-12-31" target
bench coveca-figures "/coveca/api/figures?year=$YEAR" target
bench reintegration-figures "/reintegration/api/figures?year=$YEAR" target
bench trafficking-figures "/trafficking/api/figures?year=$YEAR" target
bench lifecourse-figures "/lifecourse/api/figures?year=$YEAR" target
bench annual-report-page "/report?year=$YEAR"
bench factsheet-pdf "/report/factsheet.pdf?year=$YEAR"
bench report-csv "/report/csv/domains?year=$YEAR"
if [ "$slow" = 0 ]; then echo "figures-benchmark: OK (every service's annual figures p50 <= ${TARGET_MS} ms)"
else echo "figures-benchmark: SLOW or failed (see above)"; exit 1; fi
