# Saturation runs with wrk and fixed-rate runs with Gatling. Sourced by run.sh; every result is one
# JSON line appended to $MEASUREMENTS.

RUN_COUNTER=0

# Sets TOKEN, unique to each load run against this database (three base-36 characters), so that the
# names, task key prefixes and Idempotency-Keys one run makes never collide with another's. Not to be
# called in a subshell, which would lose the count.
next_token() {
  RUN_COUNTER=$(( RUN_COUNTER + 1 ))
  local n=$(( (RUN_SEED + RUN_COUNTER) % 46656 )) digits=0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ
  TOKEN="${digits:$(( n / 1296 )):1}${digits:$(( n / 36 % 36 )):1}${digits:$(( n % 36 )):1}"
}

credential_header() {
  case "$1" in
    contact) echo "Cookie: $CONTACT_COOKIE" ;;
    operator) echo "Cookie: $OPERATOR_COOKIE" ;;
    *) echo "Authorization: Bearer $API_KEY" ;;
  esac
}

# Fills the placeholders run.sh owns: the search word, the uploaded file and the contact's shared project.
with_fixed_values() {
  local text=$1
  text=${text//\{word\}/$SEARCH_WORD}
  text=${text//\{attachment\}/$ATTACHMENT_ID}
  text=${text//\{sharedproject\}/$SHARED_PROJECT_ID}
  echo "$text"
}

# wrk_once BASE METHOD PATH BODY CREDENTIAL SECONDS: prints wrk's JSON line. Uses TOKEN: call
# next_token first.
wrk_once() {
  local base=$1 method=$2 path=$3 body=$4 credential=$5 seconds=$6
  [ "$body" = - ] && body=""
  # requests the previous run left in flight finish first, so none moves a client after the reset
  sleep 1
  reset_movers
  wrk -t "$WRK_THREADS" -c "$WRK_CONNECTIONS" -d "${seconds}s" --timeout 10s -s "$BENCH/wrk/request.lua" \
    "$base$(with_fixed_values "$path")" -- "$method" "$(with_fixed_values "$path")" "$(with_fixed_values "$body")" \
    "$(credential_header "$credential")" "$TOKEN" "$POOLS" "$WRK_THREADS" | tail -1
}

# "count sum" of the portal's portal.authentication timer for one kind of credential (api-key,
# portal-session), from its metrics listener.
auth_totals() {
  curl -s "http://127.0.0.1:$METRICS_PORT/metrics" | awk -v kind="credential=\"$1\"" '
    index($0, "portal_authentication_seconds_count{") == 1 && index($0, kind) { count = $2 }
    index($0, "portal_authentication_seconds_sum{") == 1 && index($0, kind) { sum = $2 }
    END { printf "%d %.9f", count, sum }'
}

# measure_saturation SIDE ENDPOINT BASE METHOD PATH BODY CREDENTIAL: one measured wrk run with the
# CPU time of the server, its PostgreSQL backends and (for the product) Redis over it.
measure_saturation() {
  local side=$1 endpoint=$2 base=$3 method=$4 path=$5 body=$6 credential=$7
  local server_pid backends app0 pg0 redis0 result app1 pg1 redis1 redis
  if [ "$side" = floor ]; then server_pid=$FLOOR_PID; else server_pid=$PORTAL_JVM_PID; fi
  redis=$(redis_pid)
  [ "$side" = floor ] && redis=""
  backends=$(backend_pids "$side")
  app0=$(cpu_ticks "$server_pid"); pg0=$(cpu_ticks $backends); redis0=$(cpu_ticks $redis)
  next_token
  result=$(wrk_once "$base" "$method" "$path" "$body" "$credential" "$MEASURE_SECONDS")
  # backends opened during the run count whole; those present at its start count from then
  local all_backends
  all_backends=$(printf '%s\n%s\n' "$backends" "$(backend_pids "$side")" | sort -u)
  app1=$(cpu_ticks "$server_pid"); pg1=$(cpu_ticks $all_backends); redis1=$(cpu_ticks $redis)
  jq -cn --arg endpoint "$endpoint" --arg side "$side" --argjson wrk "$result" \
    --argjson app $(( app1 - app0 )) --argjson pg $(( pg1 - pg0 )) --argjson redis $(( redis1 - redis0 )) \
    --argjson tick "$(getconf CLK_TCK)" \
    '{type: "saturation", endpoint: $endpoint, side: $side, requests: $wrk.requests,
      seconds: ($wrk.duration_us / 1e6), non2xx: $wrk.non2xx, socket_errors: $wrk.socket_errors,
      first_failure: $wrk.first_failure, p50_ms: ($wrk.p50_us / 1000), p99_ms: ($wrk.p99_us / 1000),
      cpu_ms: {app: ($app * 1000 / $tick), postgres: ($pg * 1000 / $tick), redis: ($redis * 1000 / $tick)}}' \
    >>"$MEASUREMENTS"
  jq -r 'select(.endpoint == "'"$endpoint"'" and .side == "'"$side"'")
         | "  \(.side) \(.endpoint): \(.requests / .seconds | floor) req/s, non-2xx \(.non2xx)"' \
    <(tail -1 "$MEASUREMENTS")
}

# Every endpoint of both sides once for WARMUP_SECONDS before anything is measured: the JIT compiles
# most of the code paths the endpoints share (HTTP, JSON, SQL rendering) only after tens of seconds of
# load, so without this pass the first endpoints measured would be measured half-compiled.
jit_warm_up() {
  local name method path body credential floor
  echo "warm-up: every endpoint for $WARMUP_SECONDS s on each side"
  while IFS=$'\t' read -r name method path body credential floor; do
    case "$name" in ''|'#'*) continue ;; esac
    next_token
    wrk_once "$PORTAL" "$method" "$path" "$body" "$credential" "$WARMUP_SECONDS" >/dev/null
    if [ "$floor" != - ]; then
      next_token
      wrk_once "$FLOOR" "${floor%% *}" "${floor#* }" "$body" key "$WARMUP_SECONDS" >/dev/null
    fi
    [ "$method" = GET ] || restore_scale
  done <"$BENCH/endpoints.tsv"
}

# Every endpoint at saturation: a warm-up of each side, then measured runs, product and floor in turn.
saturation_runs() {
  local name method path body credential floor floor_method floor_path
  jit_warm_up
  while IFS=$'\t' read -r name method path body credential floor; do
    case "$name" in ''|'#'*) continue ;; esac
    echo "saturation: $name"
    next_token
    wrk_once "$PORTAL" "$method" "$path" "$body" "$credential" "$WARMUP_SECONDS" >/dev/null
    if [ "$floor" != - ]; then
      floor_method=${floor%% *}; floor_path=${floor#* }
      next_token
      wrk_once "$FLOOR" "$floor_method" "$floor_path" "$body" key "$WARMUP_SECONDS" >/dev/null
    fi
    measure_saturation product "$name" "$PORTAL" "$method" "$path" "$body" "$credential"
    [ "$floor" = - ] || measure_saturation floor "$name" "$FLOOR" "$floor_method" "$floor_path" "$body" key
    echo "{\"type\":\"memory\",\"after\":\"$name\",\"memory\":$(memory_json)}" >>"$MEASUREMENTS"
    [ "$method" = GET ] || restore_scale
  done <"$BENCH/endpoints.tsv"
}

# The arrival rate for an endpoint: FIXED_RATE, or half of what the product reached at saturation
# when that is less, so that the latencies are those of a load it can carry rather than of a queue.
fixed_rate_for() {
  jq -rs --arg endpoint "$1" --argjson cap "$FIXED_RATE" '
    [.[] | select(.type == "saturation" and .side == "product" and .endpoint == $endpoint)
         | .requests / .seconds / 2 | floor] | (first // $cap) | if . < $cap then ([., 1] | max) else $cap end' \
    "$MEASUREMENTS"
}

# Every endpoint at a fixed arrival rate, then the mixed operator workload, in one Gatling run.
fixed_rate_runs() {
  local endpoints=$WORK/endpoints-filled.tsv latencies=$WORK/latencies.jsonl line name
  : >"$endpoints"
  while IFS= read -r line; do
    case "$line" in ''|'#'*) continue ;; esac
    name=${line%%$'\t'*}
    printf '%s\t%s\n' "$(with_fixed_values "$line")" "$(fixed_rate_for "$name")" >>"$endpoints"
  done <"$BENCH/endpoints.tsv"
  restore_scale
  reset_movers
  next_token
  (cd "$BENCH" && mvn -q -Dmaven.repo.local="$MAVEN_REPO" gatling:test \
      -Dbench.portal="$PORTAL" -Dbench.endpoints="$endpoints" -Dbench.pools="$POOLS" \
      -Dbench.apiKey="$API_KEY" -Dbench.contactCookie="$CONTACT_COOKIE" -Dbench.operatorCookie="$OPERATOR_COOKIE" -Dbench.token="$TOKEN" \
      -Dbench.seconds="$FIXED_SECONDS" -Dbench.mixedRates="$MIXED_RATES" -Dbench.mixedSeconds="$MIXED_SECONDS" \
      -Dbench.latencies="$latencies" -Dgatling.resultsFolder="$WORK/gatling") >"$WORK/gatling.log" 2>&1 || true
  restore_scale
  [ -s "$latencies" ] || { tail -30 "$WORK/gatling.log" >&2; echo "Gatling recorded no latencies" >&2; return 1; }
  cat "$latencies" >>"$MEASUREMENTS"
  echo "{\"type\":\"memory\",\"after\":\"mixed\",\"memory\":$(memory_json)}" >>"$MEASUREMENTS"
}

# Authentication's own time per request, with no queue to wait in: one endpoint per kind of credential,
# one request at a time (wrk, one connection) for MEASURE_SECONDS, and the portal's portal.authentication
# timer read before and after.
measure_authentication() {
  local kind endpoint path credential before after result
  for kind in api-key portal-session; do
    if [ "$kind" = api-key ]; then endpoint=client-get path='/api/v1/clients/{client}' credential=key
    else endpoint=portal-feed path=/portal/api/v1/feed credential=contact; fi
    next_token
    before=$(auth_totals "$kind")
    result=$(wrk -t 1 -c 1 -d "${MEASURE_SECONDS}s" -s "$BENCH/wrk/request.lua" "$PORTAL$path" -- GET "$path" "" \
      "$(credential_header "$credential")" "$TOKEN" "$POOLS" 1 | tail -1)
    after=$(auth_totals "$kind")
    jq -cn --arg kind "$kind" --arg endpoint "$endpoint" --argjson wrk "$result" \
      --argjson totals "[${before// /,},${after// /,}]" \
      '{type: "authentication", credential: $kind, endpoint: $endpoint, requests: ($totals[2] - $totals[0]),
        seconds: ($totals[3] - $totals[1]), request_p50_ms: ($wrk.p50_us / 1000), non2xx: $wrk.non2xx}' \
      >>"$MEASUREMENTS"
    jq -r '"  authentication alone, \(.credential): \(.seconds * 1000 / .requests * 1000 | floor / 1000) ms per request"' \
      <(tail -1 "$MEASUREMENTS")
  done
}
