#!/usr/bin/env bash
# National volume for the figures benchmark: 30 houses x 15 years (~250 k referrals, ~1.8 M life-domain scores),
# written straight into the databases of a RUNNING local stack (deploy/local/stack.sh) with generate_series SQL.
# Deterministic (fixed seed) and repeatable: a re-run replaces the rows it generated before (marked bench-generator).
#
#   PORT_OFFSET=10000 deploy/bench/generate-national.sh          # REFERRALS=250000 YEARS=15 by default
#
# Houses: markiezaten, haaglanden, drenthe, zeeland (so the demo analysts see the volume) + bench-05..bench-30.
# Databases: intake (referrals, persons, problem areas), triage (queue, sessions, decisions), coveca (cases,
# persons, meetings, monitoring rounds and scores), reintegration (TRACKS=40000 tracks with their five conditions,
# BIJ items) and trafficking (SIGNALS=15000 signals, approaches with shelter requests, signals-table and awareness
# sessions) for the page benchmark (pages-benchmark.sh). Needs psql.
set -euo pipefail
PORT_OFFSET=${PORT_OFFSET:-0}
REFERRALS=${REFERRALS:-250000}
YEARS=${YEARS:-15}
TRACKS=${TRACKS:-40000}
SIGNALS=${SIGNALS:-15000}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-$((15432 + PORT_OFFSET))}
export PGPASSWORD=${PGPASSWORD:-postgres}
DIR=$(cd "$(dirname "$0")/national" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
psql_() { psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "${PG_USER:-postgres}" "$@"; }
STAGE_COLUMNS="id uuid, house varchar(50), municipality varchar(100), submitted_at timestamptz,
  referrer_organisation varchar(200), referrer_domain varchar(20), decided_at timestamptz, outcome varchar(40),
  programme varchar(40), withdrawn_at timestamptz"

start=$(date +%s)
echo "intake: $REFERRALS referrals over $YEARS years in 30 houses ..."
psql_ -d intake -v referrals="$REFERRALS" -v years="$YEARS" -f "$DIR/intake.sql"
psql_ -d intake -c "\\copy (select id, house, municipality, submitted_at, referrer_organisation, referrer_domain,
  decided_at, outcome, outcome_programme, withdrawn_at from referral where referrer_user_id = 'bench-generator')
  to '$TMP/stage.tsv'"
for db in triage coveca; do
  echo "$db ..."
  psql_ -d "$db" <<SQL
create temp table b_stage ($STAGE_COLUMNS);
\\copy b_stage from '$TMP/stage.tsv'
\\i $DIR/$db.sql
SQL
done
echo "reintegration: $TRACKS tracks ..."
psql_ -d reintegration -v tracks="$TRACKS" -f "$DIR/reintegration.sql"
echo "trafficking: $SIGNALS signals ..."
psql_ -d trafficking -v signals="$SIGNALS" -f "$DIR/trafficking.sql"
echo "counts:"
psql_ -d intake -At -c "select '  referrals ' || count(*) from referral"
psql_ -d triage -At -c "select '  triage decisions ' || count(*) from triage_decision"
psql_ -d coveca -At -c "select '  coveca cases ' || (select count(*) from coveca_case) || ', life-domain scores ' || count(*) from monitoring_score"
psql_ -d reintegration -At -c "select '  reintegration tracks ' || count(*) || ', open ' || count(*) filter (where closed_on is null) from track"
psql_ -d trafficking -At -c "select '  trafficking signals ' || count(*) || ', approaches ' || (select count(*) from approach) from signal"
echo "done in $(( $(date +%s) - start )) s"
