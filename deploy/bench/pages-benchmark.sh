#!/usr/bin/env bash
# Page benchmark against a RUNNING stack: a demo user's real token from Keycloak, repeated page loads through the
# gateway (HTML as the browser gets it), p50/p99 per page in milliseconds, client side, including the gateway hop.
#
#   PORT_OFFSET=10000 deploy/bench/pages-benchmark.sh              # RUNS=50 TARGET_MS=150
#   PAGES="my-page=/trafficking/ui/?type=LABOUR@politie-trafficking-coordinator" deploy/bench/pages-benchmark.sh
#
# Load national volume first with deploy/bench/generate-national.sh. PAGES: space-separated NAME=PATH@USER (the
# demo user whose password is ${DEMO_PASSWORD:-demo}); the default is issue 20's pages: the re-integration track
# list (page 1 and a filtered search) and the trafficking signals inbox. Target: p99 under TARGET_MS on every page.
# Output: a table "page  p50 ms  p99 ms  n" and a last line "pages-benchmark: OK|SLOW".
set -euo pipefail
PORT_OFFSET=${PORT_OFFSET:-0}
RUNS=${RUNS:-50}
WARMUP=${WARMUP:-5}
TARGET_MS=${TARGET_MS:-150}
GATEWAY=${GATEWAY:-http://127.0.0.1:$((8080 + PORT_OFFSET))}
REINTEGRATION=${REINTEGRATION_USER:-politie-reintegration-coordinator}
TRAFFICKING=${TRAFFICKING_USER:-politie-trafficking-coordinator}
PAGES=${PAGES:-"tracks-page-1=/reintegration/ui/tracks@$REINTEGRATION
tracks-search=/reintegration/ui/tracks?q=jansen&source=DJI&status=RELEASED@$REINTEGRATION
tracks-page-3=/reintegration/ui/tracks?page=3@$REINTEGRATION
signals-inbox=/trafficking/ui/@$TRAFFICKING
signals-inbox-filtered=/trafficking/ui/?type=LABOUR&minor=ADULT@$TRAFFICKING"}

# percentile() of the figures benchmark, without running it
eval "$(sed -n -e '/^percentile() /p' "$(dirname "$0")/figures-benchmark.sh")"
JAR_DIR=$(mktemp -d)
trap 'rm -rf "$JAR_DIR"' EXIT

# A browser session of USER at the gateway (pages take the session cookie, not a bearer token): the code flow with
# curl — the gateway sends the login page of Keycloak, the form is posted with the demo password, the redirect back
# sets the gateway's session cookie in the cookie jar.
login() { # USER -> cookie jar file
  local user=$1 jar=$JAR_DIR/$1 page action
  if [ -s "$jar.ok" ]; then echo "$jar"; return; fi # one login per user
  page=$(curl -s -c "$jar" -b "$jar" -L "$GATEWAY/")
  action=$(sed -n -E 's/.*id="kc-form-login"[^>]*action="([^"]+)".*/\1/p; s/.*action="([^"]+)"[^>]*id="kc-form-login".*/\1/p' <<<"$page" \
    | head -1 | sed 's/&amp;/\&/g')
  [ -n "$action" ] || { echo "no Keycloak login form for $user" >&2; return 1; }
  curl -s -o /dev/null -c "$jar" -b "$jar" -L --data-urlencode "username=$user" \
    --data-urlencode "password=${DEMO_PASSWORD:-demo}" "$action"
  echo ok > "$jar.ok"
  echo "$jar"
}

bench() { # NAME PATH USER
  local name=$1 path=$2 jar times code p50 p99
  jar=$(login "$3") || return 1
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$GATEWAY$path")
  if [ "$code" != 200 ]; then echo "$name: HTTP $code for $path" >&2; return 1; fi
  for _ in $(seq "$WARMUP"); do curl -s -o /dev/null -b "$jar" "$GATEWAY$path"; done
  times=$(for _ in $(seq "$RUNS"); do
    curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$GATEWAY$path"
  done | awk '{ printf "%.1f\n", $1 * 1000 }')
  p50=$(percentile 50 <<<"$times"); p99=$(percentile 99 <<<"$times")
  printf '%-28s p50 %7s ms   p99 %7s ms   n=%s\n' "$name" "$p50" "$p99" "$RUNS"
}

slow=0
set -f # the paths hold ? and &, never file patterns
printf '%-28s %s\n' page "p50 / p99 through $GATEWAY, $RUNS runs after $WARMUP warm-up"
for entry in $PAGES; do
  name=${entry%%=*}; rest=${entry#*=}; path=${rest%@*}; user=${rest##*@}
  line=$(bench "$name" "$path" "$user") || true
  [ -n "$line" ] || { slow=1; continue; }
  echo "$line"
  p99=$(sed -E 's/.*p99 +([0-9.]+) ms.*/\1/' <<<"$line")
  if awk -v a="$p99" -v t="$TARGET_MS" 'BEGIN { exit !(a > t) }'; then slow=1; fi
done
if [ "$slow" = 0 ]; then echo "pages-benchmark: OK (every page p99 <= ${TARGET_MS} ms)"
else echo "pages-benchmark: SLOW or failed (see above)"; exit 1; fi
