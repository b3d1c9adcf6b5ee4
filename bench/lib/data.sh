# The measured agency: registered through the API, then filled in bulk. Sourced by run.sh.

json_post() {
  # json_post PATH BODY [curl options…]: prints the body; fails unless the answer is 2xx.
  local path=$1 body=$2
  shift 2
  curl -sS --fail-with-body -X POST "$PORTAL$path" -H 'Content-Type: application/json' -d "$body" "$@"
}

# Registers the agency, signs its owner in and issues an admin API key, as docs/walkthrough.sh does;
# sets TENANT_ID, API_KEY, ACTOR (the key as the audit names it) and OPERATOR_COOKIE (the owner's
# session, for the web app's pages).
register_agency() {
  local jar=$WORK/owner-jar.txt session key
  json_post /api/v1/tenants "{\"name\":\"Bench Agency\",\"slug\":\"$SLUG\",\"ownerEmail\":\"owner@$SLUG.test\",
    \"ownerPassword\":\"bench owner password\",\"ownerName\":\"Bench Owner\"}" >/dev/null
  session=$(json_post /api/v1/sessions "{\"tenant\":\"$SLUG\",\"email\":\"owner@$SLUG.test\",
    \"password\":\"bench owner password\"}" -c "$jar")
  key=$(json_post /api/v1/api-keys '{"name":"bench","role":"admin"}' -b "$jar" \
    -H "X-CSRF-Token: $(jq -r .csrfToken <<<"$session")")
  API_KEY=$(jq -r .key <<<"$key")
  OPERATOR_COOKIE="portal_session=$(awk '$6 == "portal_session" {print $7}' "$jar")"
  ACTOR="api-key:$(jq -r .id <<<"$key")"
  TENANT_ID=$(psql -d "$DB" -Atc "select id from portal.tenants where slug = '$SLUG'")
}

seed() {
  local clients=$1
  psql -d "$DB" -q -v tenant="$TENANT_ID" -v actor="$ACTOR" -v clients="$clients" -v movers="$MOVERS" \
    -v small_tenants="$SMALL_TENANTS" -v small_clients="$SMALL_CLIENTS" -f "$BENCH/sql/seed.sql"
}

# Row counts of the seeded tables, as one JSON object.
data_json() {
  psql -d "$DB" -Atc "select json_build_object(
      'tenants', (select count(*) from portal.tenants),
      'clients_in_agency', (select count(*) from portal.clients where tenant_id = '$TENANT_ID'),
      'clients', (select count(*) from portal.clients),
      'projects', (select count(*) from portal.projects),
      'milestones', (select count(*) from portal.milestones),
      'tasks', (select count(*) from portal.tasks),
      'project_updates', (select count(*) from portal.project_updates),
      'audit_events', (select count(*) from portal.audit_events),
      'database_mb', pg_database_size(current_database()) / 1048576)"
}

# The id pools the load generators draw from: random clients and active projects of the agency, and
# the movers (clients that may move between active and paused).
write_pools() {
  mkdir -p "$POOLS"
  psql -d "$DB" -Atc "select id from portal.clients where tenant_id = '$TENANT_ID'
                      and task_key_prefix like 'C%' order by random() limit 1000" >"$POOLS/clients.txt"
  psql -d "$DB" -Atc "select id from portal.projects where tenant_id = '$TENANT_ID'
                      and status = 'active' order by random() limit 1000" >"$POOLS/projects.txt"
  psql -d "$DB" -Atc "select id from portal.clients where tenant_id = '$TENANT_ID'
                      and task_key_prefix like 'MV%' order by id" >"$POOLS/movers.txt"
}

# The agency back at its seeded size: what a write endpoint's runs created is removed (sql/restore.sql),
# so that every endpoint is measured at the scale the report names.
restore_scale() {
  psql -d "$DB" -q -v tenant="$TENANT_ID" -f "$BENCH/sql/restore.sql"
  psql -d "$DB" -qc "vacuum analyze portal.clients, portal.tasks, portal.audit_events, portal.idempotency_records"
}

# Every mover active again, so each run's alternation starts from a known status.
reset_movers() {
  psql -d "$DB" -qAtc "update portal.clients set status = 'active'
                       where tenant_id = '$TENANT_ID' and task_key_prefix like 'MV%' and status <> 'active'"
}

# A contact of client C201 (shared projects, client-visible tasks and updates) signed in to the portal
# through a portal link, and one file on that client's first task; sets CONTACT_COOKIE, ATTACHMENT_ID and
# SHARED_PROJECT_ID (a project shared with that client).
prepare_portal_and_file() {
  local client contact link session_jar=$WORK/contact-jar.txt upload
  client=$(psql -d "$DB" -Atc "select id from portal.clients where tenant_id = '$TENANT_ID' and task_key_prefix = 'C201'")
  contact=$(json_post "/api/v1/clients/$client/contacts" '{"name":"Bench Contact","email":"contact@bench.test",
    "rights":["request","upload"]}' -H "Authorization: Bearer $API_KEY" | jq -r .id)
  link=$(json_post "/api/v1/contacts/$contact/portal-links" '' -H "Authorization: Bearer $API_KEY" | jq -r .token)
  json_post /portal/api/v1/sessions "{\"token\":\"$link\"}" -c "$session_jar" >/dev/null
  CONTACT_COOKIE="portal_contact_session=$(awk '$6 == "portal_contact_session" {print $7}' "$session_jar")"
  printf 'Brief for the benchmark: the launch plan, in plain text.\n' >"$WORK/brief.txt"
  upload=$(curl -sS --fail-with-body -X POST "$PORTAL/api/v1/tasks/C201-1/attachments" \
    -H "Authorization: Bearer $API_KEY" -F "file=@$WORK/brief.txt")
  ATTACHMENT_ID=$(jq -r '.items[0].id' <<<"$upload")
  SHARED_PROJECT_ID=$(psql -d "$DB" -Atc "select id from portal.projects where tenant_id = '$TENANT_ID'
                                          and client_id = '$client' and visibility = 'client' limit 1")
}
