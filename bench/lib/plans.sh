# The plans of the statements behind each endpoint, as the runtime role runs them: auto_explain is
# loaded into every new session of the benchmark's database, the portal is restarted so that its pool
# opens such sessions, and each endpoint is called once; PostgreSQL's log then holds every statement's
# EXPLAIN (ANALYZE, BUFFERS). Sourced by run.sh.

AUTO_EXPLAIN_SETTINGS=(session_preload_libraries auto_explain.log_min_duration auto_explain.log_analyze
  auto_explain.log_buffers auto_explain.log_timing)

set_auto_explain() {
  psql -qd postgres -c "alter database $DB set session_preload_libraries = 'auto_explain'" \
    -c "alter database $DB set auto_explain.log_min_duration = 0" \
    -c "alter database $DB set auto_explain.log_analyze = on" \
    -c "alter database $DB set auto_explain.log_buffers = on" \
    -c "alter database $DB set auto_explain.log_timing = on"
}

reset_auto_explain() {
  local setting
  for setting in "${AUTO_EXPLAIN_SETTINGS[@]}"; do psql -qd postgres -c "alter database $DB reset $setting"; done
}

# One request of an endpoint with its placeholders filled (the first id of each pool, the first mover).
call_once() {
  local method=$1 path=$2 body=$3 credential=$4 uniq=$5 filled_path filled_body
  filled_path=$(fill_once "$(with_fixed_values "$path")" "$uniq")
  local args=(-s -o /dev/null -w '%{http_code}' -X "$method" "$PORTAL$filled_path" -H "$(credential_header "$credential")")
  [ "$method" = POST ] && args+=(-H "Idempotency-Key: bench-$uniq")
  if [ "$body" != - ]; then
    filled_body=$(fill_once "$(with_fixed_values "$body")" "$uniq")
    args+=(-H 'Content-Type: application/json' -d "$filled_body")
  fi
  curl "${args[@]}"
}

fill_once() {
  local text=$1 uniq=$2
  text=${text//\{client\}/$(head -1 "$POOLS/clients.txt")}
  text=${text//\{project\}/$(head -1 "$POOLS/projects.txt")}
  text=${text//\{mover\}/$(head -1 "$POOLS/movers.txt")}
  text=${text//\{move\}/paused}
  text=${text//\{prefix\}/$uniq}
  echo "${text//\{uniq\}/$uniq}"
}

# The slowest statement of those plans_since printed: the endpoint's hot query.
slowest_plan() {
  awk '/^duration: / { if (entry != "" && time > best) { best = time; hottest = entry }
                       entry = ""; time = $2 + 0 }
       { entry = entry $0 "\n" }
       END { if (entry != "" && time > best) hottest = entry; printf "%s", hottest }'
}

# The log entries of the runtime role on our database written since byte OFFSET that hold a plan.
plans_since() {
  local offset=$1
  tail -c +"$(( offset + 1 ))" "$PGLOG" | awk -v who="$APP_ROLE@$DB " '
    /^[0-9][0-9][0-9][0-9]-/ { keep = index($0, who) > 0 && index($0, "plan:") > 0
                               if (keep) { sub(/.* duration: /, "duration: "); print; next } }
    keep && /^[ \t]/ { print }'
}

# Writes every statement's plan per endpoint to ALL, and each endpoint's slowest to HOT.
capture_plans() {
  local all=$1 hot=$2 name method path body credential floor offset status plans heading
  [ -r "$PGLOG" ] || { echo "PostgreSQL's log ($PGLOG) is not readable: no plans" | tee "$hot" >&2; return 0; }
  set_auto_explain
  stop_process "$PORTAL_PID"
  start_portal "$WORK/portal-plans.log"
  : >"$all"; : >"$hot"
  while IFS=$'\t' read -r name method path body credential floor; do
    case "$name" in ''|'#'*) continue ;; esac
    reset_movers
    next_token
    call_once "$method" "$path" "$body" "$credential" "Z${TOKEN}W00001" >/dev/null
    reset_movers
    offset=$(stat -c %s "$PGLOG")
    status=$(call_once "$method" "$path" "$body" "$credential" "Z${TOKEN}W00002")
    sleep 0.5
    plans=$(plans_since "$offset")
    heading="### $method $(with_fixed_values "$path") ($status)"
    printf '%s\n\n```\n%s\n```\n\n' "$heading" "$plans" >>"$all"
    [ -z "$plans" ] || printf '%s\n\n```\n%s\n```\n\n' "$heading" "$(slowest_plan <<<"$plans")" >>"$hot"
  done <"$BENCH/endpoints.tsv"
  reset_auto_explain
}
