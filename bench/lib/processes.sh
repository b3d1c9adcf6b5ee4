# Starting, readying and measuring the processes under test. Sourced by run.sh.

# Milliseconds since the epoch.
now_ms() { date +%s%3N; }

# Waits until URL answers 200; prints the milliseconds it took from START_MS. Fails after 120 s.
wait_for_200() {
  local url=$1 start_ms=$2 pid=$3
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "process $pid ended before $url answered" >&2; return 1; }
    [ $(( $(now_ms) - start_ms )) -lt 120000 ] || { echo "$url not ready after 120 s" >&2; return 1; }
    sleep 0.02
  done
  echo $(( $(now_ms) - start_ms ))
}

# Starts the portal on database $DB as the README runs it (bin/portal serve); sets PORTAL_PID (what to stop),
# PORTAL_JVM_PID (what to measure) and READY_MS (process start to /readyz 200). The two pids differ on
# the first start of a build: bin/portal-server (which bin/portal serve execs) then runs java as its child, to save the class-data archive
# when it stops; later starts exec java.
start_portal() {
  local log=$1 start_ms
  start_ms=$(now_ms)
  PORTAL_HTTP_PORT=$PORTAL_PORT PORTAL_METRICS_PORT=$METRICS_PORT \
    PORTAL_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" PORTAL_DB_USER=$PGUSER \
    PORTAL_DB_APP_USER=$APP_ROLE PORTAL_REDIS_URL=$REDIS_URL PORTAL_REDIS_KEY_PREFIX=$REDIS_PREFIX \
    PORTAL_FILES_DIR="$WORK/files" \
    "$ROOT/bin/portal" serve >"$log" 2>&1 &
  PORTAL_PID=$!
  READY_MS=$(wait_for_200 "$PORTAL/readyz" "$start_ms" "$PORTAL_PID") || { tail -20 "$log" >&2; return 1; }
  PORTAL_JVM_PID=$(pgrep -P "$PORTAL_PID" -x java || echo "$PORTAL_PID")
}

stop_process() {
  local pid=$1
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || return 0
  # a portal writing its class-data archive as it stops takes some seconds more
  for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}

# Starts the floor server against the same database and runtime role, with the JVM settings of
# bin/portal-server; sets FLOOR_PID.
start_floor() {
  local log=$1 start_ms
  start_ms=$(now_ms)
  FLOOR_PORT=$FLOOR_PORT FLOOR_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB?ApplicationName=$FLOOR_APP_NAME" \
    FLOOR_DB_USER=$APP_ROLE FLOOR_API_KEY=$API_KEY FLOOR_TENANT_ID=$TENANT_ID \
    java -Xmx256m -XX:+UseSerialGC -cp "$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")" \
    org.clientportal.bench.floor.FloorServer \
    >"$log" 2>&1 &
  FLOOR_PID=$!
  wait_for_200 "$FLOOR/static" "$start_ms" "$FLOOR_PID" >/dev/null || { tail -20 "$log" >&2; return 1; }
}

# CPU time (user + system, in clock ticks) of the given processes, summed; a gone process counts 0.
cpu_ticks() {
  local total=0 pid fields
  for pid in "$@"; do
    fields=$(cut -d')' -f2 "/proc/$pid/stat" 2>/dev/null) || continue
    # after the command name: state is field 3, utime 14 and stime 15
    total=$(( total + $(awk '{print $12 + $13}' <<<"$fields") ))
  done
  echo "$total"
}

# The PostgreSQL backends serving our database: the floor's (by application name) or the portal's.
backend_pids() {
  local side=$1 condition
  if [ "$side" = floor ]; then condition="= '$FLOOR_APP_NAME'"; else condition="<> '$FLOOR_APP_NAME'"; fi
  psql -d "$DB" -Atc "select pid from pg_stat_activity where datname = current_database()
                      and usename = '$APP_ROLE' and application_name $condition"
}

redis_pid() {
  ss -ltnpH "sport = :${REDIS_URL##*:}" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2
}

# {"vmhwm_kb":…,"vmrss_kb":…,"rss_anon_kb":…,"rss_file_kb":…} of the portal now: the file-backed
# part is mostly the class-data archive and the jar, mapped and shared.
memory_json() {
  awk '/^VmHWM/ {hwm=$2} /^VmRSS/ {rss=$2} /^RssAnon/ {anon=$2} /^RssFile/ {file=$2}
       END {printf "{\"vmhwm_kb\":%d,\"vmrss_kb\":%d,\"rss_anon_kb\":%d,\"rss_file_kb\":%d}", hwm, rss, anon, file}' \
    "/proc/$PORTAL_JVM_PID/status"
}
