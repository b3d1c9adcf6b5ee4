#!/usr/bin/env bash
# The benchmark harness (docs/performance.md, "The product against its floor"): builds the product and
# this project, starts a fresh portal on a database of its own, registers an agency through the API,
# seeds it in bulk, and measures every endpoint against the floor (saturation with wrk, latency at a
# fixed arrival rate with Gatling, resources, plans). Writes bench/results/<timestamp>-<scale>.md/.json.
#
#   bash bench/run.sh [--scale 1k|1m|both] [--quick] [--keep-db]
#
# Needs the local PostgreSQL (superuser postgres, trust) and Redis, java, mvn, psql, jq, curl and wrk.
# Never part of the build, the tests or CI.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
SCALE=1k QUICK=false KEEP_DB=false
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=$2; shift 2 ;;
    --quick) QUICK=true; shift ;;
    --keep-db) KEEP_DB=true; shift ;;
    *) echo "usage: bash bench/run.sh [--scale 1k|1m|both] [--quick] [--keep-db]" >&2; exit 2 ;;
  esac
done
case "$SCALE" in 1k) SCALES=(1k) ;; 1m) SCALES=(1m) ;; both) SCALES=(1k 1m) ;;
  *) echo "--scale takes 1k, 1m or both" >&2; exit 2 ;; esac

for tool in java mvn psql jq curl ss; do
  command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
command -v wrk >/dev/null || { echo "wrk is missing: install it with 'apt-get install -y wrk'" >&2; exit 1; }

# Where everything runs; each may be overridden from the environment.
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
MAVEN_REPO=${BENCH_MAVEN_REPO:-$HOME/.m2/repository}
PORTAL_PORT=${BENCH_PORTAL_PORT:-17070} METRICS_PORT=${BENCH_METRICS_PORT:-17071} FLOOR_PORT=${BENCH_FLOOR_PORT:-17080}
REDIS_URL=${BENCH_REDIS_URL:-redis://127.0.0.1:6379} REDIS_PREFIX=${BENCH_REDIS_PREFIX:-bench:}
APP_ROLE=${BENCH_APP_ROLE:-portal_bench_app}
PORTAL=http://127.0.0.1:$PORTAL_PORT FLOOR=http://127.0.0.1:$FLOOR_PORT FLOOR_APP_NAME=portal-bench-floor
PGLOG=${BENCH_PG_LOG:-/var/log/postgresql/postgresql-15-main.log}

# The load: wrk as in the issue (2 threads, 16 connections, 8 s warm-up, 15 s measured); Gatling at a
# fixed rate per endpoint below saturation, and the mixed workload at a rate the machine carries and at
# the target's 1,000 req/s.
WRK_THREADS=2 WRK_CONNECTIONS=16 WARMUP_SECONDS=8 MEASURE_SECONDS=15
FIXED_RATE=100 FIXED_SECONDS=15 MIXED_RATES=200,1000 MIXED_SECONDS=30
if $QUICK; then WARMUP_SECONDS=3 MEASURE_SECONDS=6 FIXED_SECONDS=6 MIXED_SECONDS=15; fi
MOVERS=200 SMALL_TENANTS=200 SMALL_CLIENTS=10 SEARCH_WORD=harbor
RUN_SEED=$(( $(date +%s) % 46656 ))

source "$BENCH/lib/processes.sh"
source "$BENCH/lib/data.sh"
source "$BENCH/lib/measure.sh"
source "$BENCH/lib/plans.sh"

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/portal-bench.XXXXXX")
RESULTS=$BENCH/results
mkdir -p "$RESULTS"
PORTAL_PID="" FLOOR_PID="" DB=""
cleanup() {
  stop_process "$FLOOR_PID"; stop_process "$PORTAL_PID"
  if [ -n "$DB" ] && ! $KEEP_DB; then psql -qd postgres -c "drop database if exists $DB with (force)" || true; fi
  redis-cli -u "$REDIS_URL" --scan --pattern "${REDIS_PREFIX}*" 2>/dev/null \
    | xargs -r redis-cli -u "$REDIS_URL" del >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "building portal.jar and the harness"
(cd "$ROOT" && mvn -q -Dmaven.repo.local="$MAVEN_REPO" -DskipTests package)
(cd "$BENCH" && mvn -q -Dmaven.repo.local="$MAVEN_REPO" test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime)

client_count() { if [ "$1" = 1m ]; then echo 1000000; else echo 1000; fi; }

run_scale() {
  local scale=$1 started
  DB=portal_bench_${scale}_$(date +%s)
  SLUG=bench-$scale
  POOLS=$WORK/pools-$scale
  MEASUREMENTS=$WORK/measurements-$scale.jsonl
  : >"$MEASUREMENTS"
  echo "== scale $scale: database $DB"
  local machine
  machine=$(machine_note)
  start_portal "$WORK/portal-$scale.log"
  echo "{\"type\":\"ready\",\"ms\":$READY_MS,\"database\":\"empty, migrated at start\"}" >>"$MEASUREMENTS"
  echo "ready in $READY_MS ms"
  register_agency
  started=$(now_ms)
  echo "seeding $(client_count "$scale") clients"
  seed "$(client_count "$scale")"
  echo "{\"type\":\"seed\",\"ms\":$(( $(now_ms) - started )),\"data\":$(data_json)}" >>"$MEASUREMENTS"
  prepare_portal_and_file
  write_pools
  # a restart on the seeded database: the ready time a deployment sees
  stop_process "$PORTAL_PID"
  start_portal "$WORK/portal-$scale.log"
  echo "{\"type\":\"ready\",\"ms\":$READY_MS,\"database\":\"seeded\"}" >>"$MEASUREMENTS"
  start_floor "$WORK/floor-$scale.log"
  saturation_runs
  measure_authentication
  echo "fixed rate: up to $FIXED_RATE req/s per endpoint, then the mixed workload at $MIXED_RATES req/s"
  fixed_rate_runs || echo "fixed-rate runs failed; see above" >&2
  stop_process "$FLOOR_PID"; FLOOR_PID=""
  echo "plans"
  local base=$RESULTS/$STAMP-$scale
  capture_plans "$base-plans.md" "$WORK/hot-plans-$scale.md"
  stop_process "$PORTAL_PID"; PORTAL_PID=""
  java -cp "$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")" org.clientportal.bench.report.ReportWriter \
    "$scale" "$MEASUREMENTS" "$WORK/hot-plans-$scale.md" "$base" "$machine; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)" "$(ls "$RESULTS"/*-1k.json 2>/dev/null | grep -v "^$base" | tail -1)"
  cp "$MEASUREMENTS" "$base-measurements.jsonl"
  echo "report: $base.md (every statement's plan: $base-plans.md, raw figures: $base-measurements.jsonl)"
  if ! $KEEP_DB; then psql -qd postgres -c "drop database $DB with (force)"; fi
  DB=""
}

machine_note() {
  echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM, load average at the start $(cut -d' ' -f1-3 /proc/loadavg); Java $(java -version 2>&1 | head -1 | cut -d'"' -f2), PostgreSQL $(psql -Atc 'show server_version' | cut -d' ' -f1), wrk $WRK_THREADS threads $WRK_CONNECTIONS connections $WARMUP_SECONDS s warm-up $MEASURE_SECONDS s measured; Gatling up to $FIXED_RATE req/s for $FIXED_SECONDS s per endpoint, mixed at $MIXED_RATES req/s for $MIXED_SECONDS s each"
}

for scale in "${SCALES[@]}"; do run_scale "$scale"; done
