#!/usr/bin/env bash
# Drives a running portal through every feature with curl, bad input included, and prints the
# session as Markdown (docs/walkthrough.md is its output). Takes the portal's base URL, by default
# http://localhost:7070. Its cookie jars and bodies live in a directory of its own, removed on
# exit, so that two runs side by side do not collide. Usage:
#   bin/portal serve &                          # in another terminal
#   bash docs/walkthrough.sh [http://localhost:7070] > walkthrough-replay.md
set -u
BASE=${1:-http://localhost:7070}
# The stand-in hub (docs/tools/FakeHub.java), when the portal was started with PORTAL_HUB_URL pointing at it.
HUB=${HUB:-}
DOCS=${DOCS:-}
API=$BASE/api/v1
RUN=${RUN:-$(date +%s | tail -c 5)}
SLUG="studio-$RUN"
OTHER="rival-$RUN"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/walkthrough.XXXXXX") || exit 1
trap 'rm -rf "$WORK"' EXIT
JAR=$WORK/owner-jar.txt
VIEWER_JAR=$WORK/viewer-jar.txt
MEMBER_JAR=$WORK/member-jar.txt
RIVAL_JAR=$WORK/rival-jar.txt
CONTACT_JAR=$WORK/contact-jar.txt
CHIEF_JAR=$WORK/chief-jar.txt
PORTAL_API=$BASE/portal/api/v1

step() { printf '\n### %s\n' "$*"; }
note() { printf '%s\n' "$*"; }

# Shell-quotes one argument for display: plain words as they are; with a $VARIABLE in double
# quotes (so it still expands when pasted); anything else in single quotes.
quote() {
  if [[ $1 =~ ^[A-Za-z0-9_./:@=%,+-]+$ ]]; then
    printf '%s' "$1"
  elif [[ $1 =~ \$[A-Z_]+ ]]; then
    local escaped=${1//\\/\\\\}
    escaped=${escaped//\"/\\\"}
    printf '"%s"' "$escaped"
  else
    printf "'%s'" "${1//\'/\'\\\'\'}"
  fi
}

# Secrets and bulky values are shown by name, so the commands read like what a person types.
shown() {
  local arg=$1
  case "$arg" in "$JAR"|"$VIEWER_JAR"|"$MEMBER_JAR"|"$RIVAL_JAR") arg="jar.txt" ;; "$CONTACT_JAR") arg="contact-jar.txt" ;; "$CHIEF_JAR") arg="chief-jar.txt" ;; esac
  [ -n "${KEY:-}" ] && arg=${arg//$KEY/\$KEY}
  [ -n "${VIEWER_KEY:-}" ] && arg=${arg//$VIEWER_KEY/\$VIEWER_KEY}
  [ -n "${MEMBER_KEY:-}" ] && arg=${arg//$MEMBER_KEY/\$MEMBER_KEY}
  [ -n "${COLLECTOR_KEY:-}" ] && arg=${arg//$COLLECTOR_KEY/\$COLLECTOR_KEY}
  [ -n "${METRICS_BATCH:-}" ] && arg=${arg//$METRICS_BATCH/\$METRICS_BATCH}
  [ -n "${CSRF:-}" ] && arg=${arg//$CSRF/\$CSRF}
  [ -n "${VIEWER_CSRF:-}" ] && arg=${arg//$VIEWER_CSRF/\$VIEWER_CSRF}
  [ -n "${RIVAL_CSRF:-}" ] && arg=${arg//$RIVAL_CSRF/\$RIVAL_CSRF}
  [ -n "${MEMBER_CSRF:-}" ] && arg=${arg//$MEMBER_CSRF/\$MEMBER_CSRF}
  [ -n "${CONTACT_CSRF:-}" ] && arg=${arg//$CONTACT_CSRF/\$CONTACT_CSRF}
  [ -n "${CHIEF_CSRF:-}" ] && arg=${arg//$CHIEF_CSRF/\$CHIEF_CSRF}
  [ -n "${LINK:-}" ] && arg=${arg//$LINK/\$LINK}
  [ -n "${SPARE_LINK:-}" ] && arg=${arg//$SPARE_LINK/\$SPARE_LINK}
  [ -n "${NEW_LINK:-}" ] && arg=${arg//$NEW_LINK/\$NEW_LINK}
  [ -n "${CONTACT_SESSION:-}" ] && arg=${arg//$CONTACT_SESSION/\$CONTACT_SESSION}
  [ -n "${FILE_URL:-}" ] && arg=${arg//$FILE_URL/\$FILE_URL}
  [ -n "${TAMPERED_URL:-}" ] && arg=${arg//$TAMPERED_URL/\$TAMPERED_URL}
  arg=${arg//$BASE/\$PORTAL}
  [ -n "$HUB" ] && arg=${arg//$HUB/\$HUB}
  [ -n "${DOCS:-}" ] && arg=${arg//$DOCS/\$DOCS}
  [ -n "${ISSUED:-}" ] && arg=${arg//"$ISSUED"/\$ISSUED}
  [ -n "${OVERDUE:-}" ] && arg=${arg//"$OVERDUE"/\$OVERDUE}
  [ -n "${SOW:-}" ] && arg=${arg//"$SOW"/\$SOW}
  arg=${arg//"$WORK/"/}
  if [ ${#arg} -gt 160 ]; then arg="${arg:0:40}…(${#arg} characters)"; fi
  quote "$arg"
}

# Runs curl, shows the command and the answer: status line, the headers that matter, and the
# body as indented JSON. The body is kept in $BODY.
call() {
  printf '```\n$ curl'
  for arg in "$@"; do printf ' '; shown "$arg"; done
  printf '\n'
  local headers
  headers=$(curl -s -D - -o "$WORK/body" "$@")
  printf '%s\n' "$headers" | sed 's/\r$//' \
    | grep -iE '^(HTTP/[0-9.]+ [2-5]|etag|retry-after|set-cookie|idempotent-replayed|content-type: application/problem|content-type: text/markdown|content-disposition|x-content-type-options)' \
    | sed -E 's/(portal_(contact_)?session=)[^;]{8}[^;]*/\1…/'
  BODY=$(cat "$WORK/body")
  if [ -n "$BODY" ]; then
    if grep -qi '^content-type: text/markdown' <<<"$headers"; then
      printf '%s\n' "$BODY"
    else
      printf '%s\n' "$BODY" | jq . 2>/dev/null || printf '%s\n' "$BODY" | head -c 600
    fi
  fi
  printf '```\n'
}

json=(-H 'Content-Type: application/json')

step "Health and readiness"
call "$BASE/healthz"
call "$BASE/readyz"

step "1. Register an agency with its owner"
call -X POST "$API/tenants" "${json[@]}" -d "{\"name\":\"Studio $RUN\",\"slug\":\"$SLUG\",\"ownerEmail\":\"olive@$SLUG.test\",\"ownerPassword\":\"correct horse battery\",\"ownerName\":\"Olive Owner\"}"
note "The same slug again is a conflict; bad fields are all named at once:"
call -X POST "$API/tenants" "${json[@]}" -d "{\"name\":\"Copy\",\"slug\":\"$SLUG\",\"ownerEmail\":\"x@y.test\",\"ownerPassword\":\"correct horse battery\"}"
call -X POST "$API/tenants" "${json[@]}" -d '{"name":"","slug":"Not A Slug","ownerEmail":"nope","ownerPassword":"short"}'

step "2. Sign in (session cookie + CSRF token), then create an API key"
call -X POST "$API/sessions" "${json[@]}" -d "{\"tenant\":\"$SLUG\",\"email\":\"olive@$SLUG.test\",\"password\":\"wrong password\"}"
call -c "$JAR" -X POST "$API/sessions" "${json[@]}" -d "{\"tenant\":\"$SLUG\",\"email\":\"olive@$SLUG.test\",\"password\":\"correct horse battery\"}"
CSRF=$(jq -r .csrfToken <<<"$BODY")
call -b "$JAR" "$API/me"
OWNER_ID=$(jq -r .operator.id <<<"$BODY")
note "A cookie-authenticated write without the CSRF token is refused:"
call -b "$JAR" -X POST "$API/api-keys" "${json[@]}" -d '{"name":"ops script"}'
call -b "$JAR" -X POST "$API/api-keys" "${json[@]}" -H "X-CSRF-Token: $CSRF" -d '{"name":"ops script","role":"admin"}'
KEY=$(jq -r .key <<<"$BODY")
KEY_ID=$(jq -r .id <<<"$BODY")
AUTH=(-H "Authorization: Bearer $KEY")
note "The key is shown once; the list never shows it again:"
call "${AUTH[@]}" "$API/api-keys"
note "A key cannot issue keys (only a person signed in can), and an expiry must lie ahead:"
call "${AUTH[@]}" -X POST "$API/api-keys" "${json[@]}" -d '{"name":"key from a key"}'
call -b "$JAR" -X POST "$API/api-keys" "${json[@]}" -H "X-CSRF-Token: $CSRF" -d '{"name":"yesterday","expiresAt":"2020-01-01T00:00:00Z"}'

step "3. Leads arrive through the public intake form"
call -X POST "$API/public/$SLUG/intake" "${json[@]}" -d '{"name":"Jane Prospect","email":"jane@prospect.test","company":"Prospect Co","message":"We need a new website"}'
call -X POST "$API/public/no-such-agency/intake" "${json[@]}" -d '{"name":"J","email":"j@x.test"}'
call -X POST "$API/public/$SLUG/intake" "${json[@]}" -d '{"name":"J","email":"not-an-email"}'

step "4. Clients and their lifecycle"
note "The task key prefix (ACME in ACME-42) may be given; left out, it is derived from the name:"
call "${AUTH[@]}" -X POST "$API/clients" "${json[@]}" -d '{"name":"Acme Ltd","email":"ops@acme.test","company":"Acme","taskKeyPrefix":"acme"}'
ACME=$(jq -r .id <<<"$BODY")
note "A status cannot be set on create (or PATCH); it moves only through transitions:"
call "${AUTH[@]}" -X POST "$API/clients" "${json[@]}" -d '{"name":"Sneaky","status":"active"}'
note "An illegal move names the current status and the allowed moves:"
call "${AUTH[@]}" -X POST "$API/clients/$ACME/transitions" "${json[@]}" -d '{"to":"active"}'
call "${AUTH[@]}" -X POST "$API/clients/$ACME/transitions" "${json[@]}" -d '{"to":"onboarding","reason":"contract signed"}'
call "${AUTH[@]}" -X POST "$API/clients/$ACME/transitions" "${json[@]}" -d '{"to":"onboarding"}'
call "${AUTH[@]}" -X POST "$API/clients/$ACME/transitions" "${json[@]}" -d '{"to":"retired"}'
note "Edits are guarded by ETag / If-Match:"
call "${AUTH[@]}" -X PATCH "$API/clients/$ACME" "${json[@]}" -H 'If-Match: "1"' -d '{"phone":"+44 20 7946 0000"}'
call "${AUTH[@]}" -X PATCH "$API/clients/$ACME" "${json[@]}" -H 'If-Match: "2"' -d '{"phone":"+44 20 7946 0000","company":null}'

step "5. Projects, and the rules between clients and projects"
call "${AUTH[@]}" -X POST "$API/clients" "${json[@]}" -d '{"name":"Globex","company":"Globex Corporation"}'
GLOBEX=$(jq -r .id <<<"$BODY")
call "${AUTH[@]}" -X POST "$API/projects" "${json[@]}" -d "{\"clientId\":\"$GLOBEX\",\"name\":\"Pitch deck\"}"
PITCH=$(jq -r .id <<<"$BODY")
note "Globex is still a lead, so its project cannot go active:"
call "${AUTH[@]}" -X POST "$API/projects/$PITCH/transitions" "${json[@]}" -d '{"to":"active"}'
call "${AUTH[@]}" -X POST "$API/projects" "${json[@]}" -d "{\"clientId\":\"$ACME\",\"name\":\"Website relaunch\",\"startDate\":\"2026-12-01\",\"dueDate\":\"2027-03-31\"}"
SITE=$(jq -r .id <<<"$BODY")
call "${AUTH[@]}" -X POST "$API/projects/$SITE/transitions" "${json[@]}" -d '{"to":"active"}'
note "Acme has an active project, so it cannot be offboarded (nor paused):"
call "${AUTH[@]}" -X POST "$API/clients/$ACME/transitions" "${json[@]}" -d '{"to":"offboarded"}'

step "6. Tasks, and the milestones that link them"
note "A task's key is its client's prefix and the client's next number:"
call "${AUTH[@]}" -X POST "$API/tasks" "${json[@]}" -d "{\"projectId\":\"$SITE\",\"title\":\"Discovery workshop\",\"assigneeId\":\"$OWNER_ID\",\"visibility\":\"client\"}"
call "${AUTH[@]}" -X POST "$API/tasks" "${json[@]}" -d "{\"projectId\":\"$SITE\",\"title\":\"Stakeholder interviews\"}"
call "${AUTH[@]}" -X POST "$API/tasks" "${json[@]}" -d "{\"projectId\":\"$SITE\",\"title\":\"Design sign-off\",\"dueDate\":\"2026-12-19\"}"
note "An assignee must be an operator of the agency:"
call "${AUTH[@]}" -X POST "$API/tasks" "${json[@]}" -d "{\"projectId\":\"$SITE\",\"title\":\"Orphan\",\"assigneeId\":\"00000000-0000-0000-0000-000000000000\"}"
note "Edits are guarded by ETag / If-Match, like every versioned record:"
call "${AUTH[@]}" -X PATCH "$API/tasks/ACME-2" "${json[@]}" -H 'If-Match: "1"' -d '{"description":"Three interviews, one hour each","priority":"high","dueDate":"2026-12-11"}'
call "${AUTH[@]}" -X PATCH "$API/tasks/ACME-2" "${json[@]}" -H 'If-Match: "1"' -d '{"title":"Stale edit"}'
note "Tasks move through their lifecycle; an illegal move names the allowed ones:"
call "${AUTH[@]}" -X POST "$API/tasks/ACME-1/transitions" "${json[@]}" -d '{"to":"in_progress"}'
call "${AUTH[@]}" -X POST "$API/tasks/ACME-1/transitions" "${json[@]}" -d '{"to":"done"}'
call "${AUTH[@]}" -X POST "$API/tasks/ACME-1/transitions" "${json[@]}" -d '{"to":"waiting_on_client"}'
call "${AUTH[@]}" -X POST "$API/tasks/ACME-2/transitions" "${json[@]}" -d '{"to":"done"}'
note "The list filters by project, client, status (any of several), assignee, visibility and due date:"
call "${AUTH[@]}" "$API/tasks?projectId=$SITE&status=open&status=done&sort=dueDate&limit=2"
note "Acme has tasks now, so its prefix is fixed:"
call "${AUTH[@]}" -X PATCH "$API/clients/$ACME" "${json[@]}" -d '{"taskKeyPrefix":"ACM"}'
note "Milestones link tasks of their project by key; a key of no such task is refused, naming it:"
call "${AUTH[@]}" -X PUT "$API/projects/$SITE/milestones" "${json[@]}" -d '{"milestones":[{"key":"discovery","title":"Discovery workshop","taskKeys":["ACME-1","ACME-9"]}]}'
call "${AUTH[@]}" -X PUT "$API/projects/$SITE/milestones" "${json[@]}" -d '{"milestones":[{"key":"discovery","title":"Discovery workshop","taskKeys":["ACME-1","ACME-2"],"dueDate":"2026-12-12"},{"key":"design","title":"Design sign-off","taskKeys":["ACME-3"]},{"key":"launch","title":"Launch","taskKeys":[]}]}'
note "The plan, read with its tasks: a milestone is ready when every task it links is done:"
call "${AUTH[@]}" "$API/projects/$SITE/milestones"
call "${AUTH[@]}" -X POST "$API/projects/$SITE/milestones/discovery/completion"
call "${AUTH[@]}" -X POST "$API/projects/$SITE/milestones/nope/completion"
call "${AUTH[@]}" -X PUT "$API/projects/$SITE/milestones" "${json[@]}" -d '{"milestones":[{"key":"Bad Key","title":"","taskKeys":["acme-1"]}]}'

step "7. Lists, search, filters, sorting and cursors"
call "${AUTH[@]}" "$API/clients?q=PROSPECT"
call "${AUTH[@]}" "$API/clients?status=lead&limit=1"
NEXT=$(jq -r .nextCursor <<<"$BODY")
call "${AUTH[@]}" "$API/clients?status=lead&limit=1&cursor=$NEXT"
note "A cursor is good only for the list, filters and order it came from:"
call "${AUTH[@]}" "$API/clients?limit=1&cursor=$NEXT"
call "${AUTH[@]}" "$API/clients?status=lead&sort=name&cursor=$NEXT"
note "Sorted by name (A to Z ignoring case), or by any documented field, descending with a leading -:"
call "${AUTH[@]}" "$API/clients?sort=name&limit=2"
call "${AUTH[@]}" "$API/projects?clientId=$ACME&status=active"
call "${AUTH[@]}" "$API/clients?cursor=garbage"
call "${AUTH[@]}" "$API/clients?limit=0"
call "${AUTH[@]}" "$API/clients?status=bogus"
call "${AUTH[@]}" "$API/clients?sort=email"

step "8. The audit trail"
call "${AUTH[@]}" "$API/audit-events?entityType=client&entityId=$ACME&limit=2"

step "9. Operators and roles"
call -b "$JAR" -X POST "$API/operators" "${json[@]}" -H "X-CSRF-Token: $CSRF" -d "{\"email\":\"val@$SLUG.test\",\"name\":\"Val Assistant\",\"role\":\"member\",\"password\":\"member password 1\"}"
MEMBER=$(jq -r .id <<<"$BODY")
note "Managing operators takes a person signed in: the admin API key is refused, whatever its role:"
call "${AUTH[@]}" -X POST "$API/operators" "${json[@]}" -d "{\"email\":\"vic@$SLUG.test\",\"name\":\"Vic Viewer\",\"role\":\"viewer\",\"password\":\"viewer password 1\"}"
call -b "$JAR" -X POST "$API/operators" "${json[@]}" -H "X-CSRF-Token: $CSRF" -d "{\"email\":\"vic@$SLUG.test\",\"name\":\"Vic Viewer\",\"role\":\"viewer\",\"password\":\"viewer password 1\"}"
VIEWER=$(jq -r .id <<<"$BODY")
note "The team is listed by name, in pages like every list:"
call "${AUTH[@]}" "$API/operators?limit=2"
call -c "$VIEWER_JAR" -X POST "$API/sessions" "${json[@]}" -d "{\"tenant\":\"$SLUG\",\"email\":\"vic@$SLUG.test\",\"password\":\"viewer password 1\"}"
VIEWER_CSRF=$(jq -r .csrfToken <<<"$BODY")
note "A viewer reads but cannot write; a member cannot manage operators or keys:"
call -b "$VIEWER_JAR" -X POST "$API/clients" "${json[@]}" -H "X-CSRF-Token: $VIEWER_CSRF" -d '{"name":"Not allowed"}'
call -b "$VIEWER_JAR" "$API/clients?limit=1"
MEMBER_CSRF=$(curl -s -c "$MEMBER_JAR" -X POST "$API/sessions" "${json[@]}" -d "{\"tenant\":\"$SLUG\",\"email\":\"val@$SLUG.test\",\"password\":\"member password 1\"}" | jq -r .csrfToken)
note "(signed in as the member val@$SLUG.test)"
call -b "$MEMBER_JAR" -X POST "$API/operators" "${json[@]}" -H "X-CSRF-Token: $MEMBER_CSRF" -d "{\"email\":\"eve@$SLUG.test\",\"name\":\"Eve\",\"role\":\"admin\",\"password\":\"eve password 12\"}"
call -b "$MEMBER_JAR" -X POST "$API/api-keys" "${json[@]}" -H "X-CSRF-Token: $MEMBER_CSRF" -d '{"name":"mine"}'
OWNER=$(curl -s "${AUTH[@]}" "$API/operators" | jq -r '.items[] | select(.role=="owner") | .id')
note "Even an owner cannot demote or remove the last owner:"
call -b "$JAR" -X PATCH "$API/operators/$OWNER" "${json[@]}" -H "X-CSRF-Token: $CSRF" -d '{"role":"admin"}'
call -b "$JAR" -X DELETE "$API/operators/$OWNER" -H "X-CSRF-Token: $CSRF"
call -b "$JAR" -X PATCH "$API/operators/$MEMBER" "${json[@]}" -H "X-CSRF-Token: $CSRF" -d '{"role":"admin","name":"Val Admin"}'
note "The promoted admin cannot touch the owner either:"
ADMIN_CSRF=$(curl -s -c "$MEMBER_JAR" -X POST "$API/sessions" "${json[@]}" -d "{\"tenant\":\"$SLUG\",\"email\":\"val@$SLUG.test\",\"password\":\"member password 1\"}" | jq -r .csrfToken)
call -b "$MEMBER_JAR" -X DELETE "$API/operators/$OWNER" -H "X-CSRF-Token: $ADMIN_CSRF"
call -b "$JAR" -X DELETE "$API/operators/$VIEWER" -H "X-CSRF-Token: $CSRF"
note "The removed viewer's session is dead:"
call -b "$VIEWER_JAR" "$API/me"

step "10. Contacts and the portal's way in"
call "${AUTH[@]}" -X POST "$API/clients/$ACME/contacts" "${json[@]}" -d '{"name":"Ada Buyer","email":"ada@acme.test","rights":["request","upload"]}'
ADA=$(jq -r .id <<<"$BODY")
call "${AUTH[@]}" -X POST "$API/clients/$ACME/contacts" "${json[@]}" -d '{"name":"Bo Boss","email":"bo@acme.test"}'
BO=$(jq -r .id <<<"$BODY")
note "Rights are view (always), request, upload and approve; one client's contacts have distinct emails:"
call "${AUTH[@]}" -X POST "$API/clients/$ACME/contacts" "${json[@]}" -d '{"name":"","email":"eve@acme.test","rights":["view","admin"]}'
call "${AUTH[@]}" -X POST "$API/clients/$ACME/contacts" "${json[@]}" -d '{"name":"Ada Again","email":"ADA@acme.test"}'
call "${AUTH[@]}" -X PATCH "$API/contacts/$BO" "${json[@]}" -H 'If-Match: "1"' -d '{"rights":["approve"]}'
call "${AUTH[@]}" "$API/clients/$ACME/contacts?sort=name"
note "A portal link is single-use and expires (72 h by default); its token is shown once:"
call "${AUTH[@]}" -X POST "$API/contacts/$ADA/portal-links"
LINK=$(jq -r .token <<<"$BODY")
call -c "$CONTACT_JAR" -X POST "$PORTAL_API/sessions" "${json[@]}" -d "{\"token\":\"$LINK\"}"
CONTACT_CSRF=$(jq -r .csrfToken <<<"$BODY")
CONTACT_SESSION=$(awk '$6 == "portal_contact_session" {print $7}' "$CONTACT_JAR")
call -b "$CONTACT_JAR" "$PORTAL_API/me"
note "Used, unknown (or tampered with), and each audience's credential on the other's routes:"
call -X POST "$PORTAL_API/sessions" "${json[@]}" -d "{\"token\":\"$LINK\"}"
call -X POST "$PORTAL_API/sessions" "${json[@]}" -d '{"token":"cpl_00000000000000000000000000000000_guessguessguessguessguessguessguessguessgue"}'
call -b "$JAR" "$PORTAL_API/me"
call "${AUTH[@]}" "$PORTAL_API/me"
call -H "Cookie: portal_contact_session=$CONTACT_SESSION" "$API/me"
note "Revoking the contact's access kills their unused links and their session at once:"
call "${AUTH[@]}" -X POST "$API/contacts/$ADA/portal-links"
SPARE_LINK=$(jq -r .token <<<"$BODY")
call "${AUTH[@]}" -X DELETE "$API/contacts/$ADA/portal-access"
call -b "$CONTACT_JAR" "$PORTAL_API/me"
call -X POST "$PORTAL_API/sessions" "${json[@]}" -d "{\"token\":\"$SPARE_LINK\"}"
call "${AUTH[@]}" -X DELETE "$API/contacts/$BO"
call "${AUTH[@]}" "$API/contacts/$BO"

step "11. What the client sees: shared projects, milestones and updates"
note "Everything starts internal. The operator shares the site project, and two of its milestones:"
call "${AUTH[@]}" -X PATCH "$API/projects/$SITE" "${json[@]}" -d '{"visibility":"client"}'
call "${AUTH[@]}" -X PUT "$API/projects/$SITE/milestones" "${json[@]}" -d '{"milestones":[{"key":"discovery","title":"Discovery workshop","taskKeys":["ACME-1","ACME-2"],"visibility":"client"},{"key":"margin-check","title":"Check the margin","taskKeys":[]},{"key":"launch","title":"Launch","taskKeys":[],"visibility":"client"}]}'
note "Updates are internal unless posted (or later made) client-visible:"
call "${AUTH[@]}" -X POST "$API/projects/$SITE/updates" "${json[@]}" -d '{"body":"Discovery done; design starts Monday","visibility":"client"}'
call "${AUTH[@]}" -X POST "$API/projects/$SITE/updates" "${json[@]}" -d '{"body":"Client pays late: chase the invoice"}'
INTERNAL_UPDATE=$(jq -r .id <<<"$BODY")
call "${AUTH[@]}" -X POST "$API/projects/$SITE/updates" "${json[@]}" -d '{"body":"  ","visibility":"everyone"}'
call "${AUTH[@]}" "$API/projects/$SITE/updates"
note "Ada gets a new link (her access was revoked above) and sees only what is shared:"
call "${AUTH[@]}" -X POST "$API/contacts/$ADA/portal-links"
NEW_LINK=$(jq -r .token <<<"$BODY")
call -c "$CONTACT_JAR" -X POST "$PORTAL_API/sessions" "${json[@]}" -d "{\"token\":\"$NEW_LINK\"}"
CONTACT_CSRF=$(jq -r .csrfToken <<<"$BODY")
call -b "$CONTACT_JAR" "$PORTAL_API/projects"
call -b "$CONTACT_JAR" "$PORTAL_API/projects/$SITE"
call -b "$CONTACT_JAR" "$PORTAL_API/updates"
note "The internal pitch project, like any id that does not exist, is not found:"
call -b "$CONTACT_JAR" "$PORTAL_API/projects/$PITCH"
note "Making the internal update client-visible is an act of its own, and Ada sees it at once:"
call "${AUTH[@]}" -X PATCH "$API/updates/$INTERNAL_UPDATE" "${json[@]}" -H 'If-Match: "1"' -d '{"visibility":"client","body":"Invoice sent; thanks for the quick payment"}'
call -b "$CONTACT_JAR" "$PORTAL_API/updates"
call "${AUTH[@]}" "$API/audit-events?entityType=update&entityId=$INTERNAL_UPDATE"
note "Of the tasks, Ada sees the client-visible ones, and of their comments the client-visible ones:"
call "${AUTH[@]}" -X POST "$API/tasks/ACME-1/comments" "${json[@]}" -d '{"body":"Workshop notes are in the shared folder","visibility":"client"}'
call "${AUTH[@]}" -X POST "$API/tasks/ACME-1/comments" "${json[@]}" -d '{"body":"They came late; bill the extra hour"}'
call -b "$CONTACT_JAR" "$PORTAL_API/tasks"
call -b "$CONTACT_JAR" "$PORTAL_API/tasks/ACME-1/comments"
call -b "$CONTACT_JAR" -X POST "$PORTAL_API/tasks/ACME-1/comments" "${json[@]}" -H "X-CSRF-Token: $CONTACT_CSRF" -d '{"body":"Thanks, got them"}'
call -b "$CONTACT_JAR" "$PORTAL_API/tasks/ACME-2"
note "Ada's feed tells what happened on what is shared with her, newest first:"
call -b "$CONTACT_JAR" "$PORTAL_API/feed?limit=5"
note "An operator sees the portal exactly as Ada does, read-only and audited:"
call "${AUTH[@]}" "$API/contacts/$ADA/portal-view/projects"
call "${AUTH[@]}" "$API/contacts/$ADA/portal-view/projects/$PITCH"

step "12. Search"
note "Web-search syntax, ranked, with highlighted snippets; a prefix finds the word, accents fold:"
call "${AUTH[@]}" "$API/search?q=desig&types=task,update&limit=3"
call "${AUTH[@]}" "$API/search?q=%22discovery+workshop%22"
call "${AUTH[@]}" "$API/search?q=acme+-globex&types=client"
note "An internal update is found by the agency, and not by Ada, who searches only what is shared with her client:"
call "${AUTH[@]}" -X POST "$API/projects/$SITE/updates" "${json[@]}" -d '{"body":"Margin is thin on the redesign"}'
call "${AUTH[@]}" "$API/search?q=margin"
call -b "$CONTACT_JAR" "$PORTAL_API/search?q=margin"
call -b "$CONTACT_JAR" "$PORTAL_API/search?q=invoice"
note "Bad text is named; text with no word in it finds nothing:"
call "${AUTH[@]}" "$API/search?q="
call "${AUTH[@]}" "$API/search?q=%26%26%26"
call "${AUTH[@]}" "$API/search?q=x&types=invoice"

step "13. Files: uploads and download links"
printf '%%PDF-1.7\n%% The brief, two pages\n' > "$WORK/brief.pdf"
printf 'page,words\nhome,120\nabout,340\n' > "$WORK/figures.csv"
printf 'Our logo, as the board approved it\n' > "$WORK/logo-notes.txt"
printf 'MZ\220\000\003\000\000\000\004\000\000\000\377\377' > "$WORK/invoice.pdf"
head -c 10485761 /dev/zero | tr '\0' 'a' > "$WORK/too-large.txt"
note "Files go up as multipart/form-data, one part named file per file; each is typed by its bytes:"
call "${AUTH[@]}" -F "file=@$WORK/brief.pdf" -F "file=@$WORK/figures.csv;filename=figures.csv" "$API/tasks/ACME-1/attachments"
BRIEF=$(jq -r '.items[0].id' <<<"$BODY")
call "${AUTH[@]}" "$API/tasks/ACME-1/attachments"
note "Ada (who has upload) attaches to the shared task; to an internal one she cannot even see it:"
call -b "$CONTACT_JAR" -H "X-CSRF-Token: $CONTACT_CSRF" -F "file=@$WORK/logo-notes.txt" "$PORTAL_API/tasks/ACME-1/attachments"
call -b "$CONTACT_JAR" -H "X-CSRF-Token: $CONTACT_CSRF" -F "file=@$WORK/logo-notes.txt" "$PORTAL_API/tasks/ACME-2/attachments"
call -b "$CONTACT_JAR" "$PORTAL_API/tasks/ACME-1/attachments"
note "Refused whole, nothing kept: a program under a harmless name, a file over 10 MB, a sixth file on the task:"
call "${AUTH[@]}" -F "file=@$WORK/invoice.pdf" "$API/tasks/ACME-1/attachments"
call "${AUTH[@]}" -F "file=@$WORK/too-large.txt" "$API/tasks/ACME-1/attachments"
call "${AUTH[@]}" -F "file=@$WORK/brief.pdf" -F "file=@$WORK/brief.pdf" -F "file=@$WORK/brief.pdf" "$API/tasks/ACME-1/attachments"
call "${AUTH[@]}" -X POST "$API/tasks/ACME-1/attachments" "${json[@]}" -d '{"file":"brief.pdf"}'
call "${AUTH[@]}" -H "Idempotency-Key: upload-$RUN" -F "file=@$WORK/brief.pdf" "$API/tasks/ACME-1/attachments"
note "A download link needs no credentials and expires; the file comes as stored, to be saved:"
call "${AUTH[@]}" -X POST "$API/attachments/$BRIEF/download-link"
FILE_URL=$(jq -r .url <<<"$BODY")
call "$FILE_URL"
call -b "$CONTACT_JAR" -X POST "$PORTAL_API/attachments/$BRIEF/download-link" -H "X-CSRF-Token: $CONTACT_CSRF"
note "The same link with its last character changed is refused:"
if [ "${FILE_URL: -1}" = A ]; then TAMPERED_URL="${FILE_URL%?}B"; else TAMPERED_URL="${FILE_URL%?}A"; fi
call "$TAMPERED_URL"

step "14. Requests and asks from the portal"
note "Ada (who has request) asks for a task on the shared project; it waits, requested, for the agency:"
call -b "$CONTACT_JAR" -X POST "$PORTAL_API/requests" "${json[@]}" -H "X-CSRF-Token: $CONTACT_CSRF" -d "{\"projectId\":\"$SITE\",\"kind\":\"task\",\"title\":\"Add a careers page\",\"description\":\"Three open roles\"}"
REQUESTED=$(jq -r .key <<<"$BODY")
call -b "$CONTACT_JAR" -X POST "$PORTAL_API/requests" "${json[@]}" -H "X-CSRF-Token: $CONTACT_CSRF" -d "{\"projectId\":\"$SITE\",\"kind\":\"task\",\"title\":\"Animated logo\"}"
DECLINED=$(jq -r .key <<<"$BODY")
note "The agency accepts one and declines the other, with a reason Ada sees:"
call "${AUTH[@]}" -X POST "$API/tasks/$REQUESTED/transitions" "${json[@]}" -d '{"to":"open"}'
call "${AUTH[@]}" -X POST "$API/tasks/$DECLINED/transitions" "${json[@]}" -d '{"to":"cancelled"}'
call "${AUTH[@]}" -X POST "$API/tasks/$DECLINED/transitions" "${json[@]}" -d '{"to":"cancelled","reason":"Out of scope for this project"}'
note "A bug report or a question is an ask; it arrives unclassified:"
call -b "$CONTACT_JAR" -X POST "$PORTAL_API/requests" "${json[@]}" -H "X-CSRF-Token: $CONTACT_CSRF" -d "{\"projectId\":\"$SITE\",\"kind\":\"question\",\"title\":\"When is the design review?\",\"description\":\"We would like to invite our CEO\"}"
ASK=$(jq -r .key <<<"$BODY")
call -b "$CONTACT_JAR" -X POST "$PORTAL_API/requests" "${json[@]}" -H "X-CSRF-Token: $CONTACT_CSRF" -d '{"kind":"wish","title":""}'
call -b "$CONTACT_JAR" -X POST "$PORTAL_API/requests" "${json[@]}" -H "X-CSRF-Token: $CONTACT_CSRF" -d "{\"projectId\":\"$PITCH\",\"kind\":\"task\",\"title\":\"Peek\"}"
call "${AUTH[@]}" "$API/asks?classified=false"
note "The operator classifies it, asks for a reply draft (written from what the client may see only), then publishes an edited reply:"
call "${AUTH[@]}" -X POST "$API/asks/$ASK/classification" "${json[@]}" -d '{"as":"question"}'
call "${AUTH[@]}" -X POST "$API/asks/$ASK/classification" "${json[@]}" -d '{"as":"maybe"}'
call "${AUTH[@]}" -X POST "$API/asks/$ASK/reply-drafts"
call "${AUTH[@]}" -X POST "$API/asks/$ASK/replies" "${json[@]}" -d '{"body":"The design review is on Friday at 10:00; your CEO is very welcome."}'
call "${AUTH[@]}" -X POST "$API/asks/$ASK/replies" "${json[@]}" -d '{"body":" "}'
note "Ada sees her client's requests, their state, the decline reason and the reply:"
call -b "$CONTACT_JAR" "$PORTAL_API/requests"
call -b "$CONTACT_JAR" "$PORTAL_API/requests/$ASK"
call -b "$CONTACT_JAR" "$PORTAL_API/search?q=review&types=ask"
note "Requests carry files too: Ada attaches a note to her question, the agency adds the agenda, and a task request's files are its task's:"
printf 'Our CEO can join from 10:30\n' > "$WORK/ceo-note.txt"
printf 'Design review: 10:00 home page, 10:30 shop\n' > "$WORK/agenda.txt"
call -b "$CONTACT_JAR" -H "X-CSRF-Token: $CONTACT_CSRF" -F "file=@$WORK/ceo-note.txt" "$PORTAL_API/requests/$ASK/attachments"
call "${AUTH[@]}" -F "file=@$WORK/agenda.txt" "$API/asks/$ASK/attachments"
call -b "$CONTACT_JAR" "$PORTAL_API/requests/$ASK/attachments"
call -b "$CONTACT_JAR" -H "X-CSRF-Token: $CONTACT_CSRF" -F "file=@$WORK/logo-notes.txt" "$PORTAL_API/requests/$REQUESTED/attachments"
note "A task the client did not request is no request of theirs, and a task's key names no ask:"
call -b "$CONTACT_JAR" -H "X-CSRF-Token: $CONTACT_CSRF" -F "file=@$WORK/logo-notes.txt" "$PORTAL_API/requests/ACME-1/attachments"
call "${AUTH[@]}" "$API/asks/$REQUESTED/attachments"

step "15. Time and capacity"
TODAY=$(date -u +%F)
MONTH_START=$(date -u +%Y-%m-01)
note "An owner or admin gives Acme a monthly budget of 2 hours, shown to the client; the first period runs from $MONTH_START:"
call "${AUTH[@]}" -X POST "$API/clients/$ACME/capacity-budgets" "${json[@]}" -d "{\"hours\":2,\"period\":\"month\",\"startsOn\":\"$MONTH_START\",\"clientVisible\":true}"
BUDGET=$(jq -r .id <<<"$BODY")
call "${AUTH[@]}" -X POST "$API/clients/$ACME/capacity-budgets" "${json[@]}" -d '{"hours":0.001,"period":"custom"}'
note "Time is logged on a task (its project follows) or on the client alone; the key logs as the operator who issued it:"
call "${AUTH[@]}" -X POST "$API/time-entries" "${json[@]}" -d "{\"clientId\":\"$ACME\",\"taskKey\":\"ACME-1\",\"minutes\":90,\"date\":\"$TODAY\",\"note\":\"Discovery workshop prep (client pays late)\"}"
ENTRY=$(jq -r .id <<<"$BODY")
note "Whole minutes, a day at most, for work done; a task of another client is refused:"
call "${AUTH[@]}" -X POST "$API/time-entries" "${json[@]}" -d "{\"clientId\":\"$ACME\",\"minutes\":1.5,\"date\":\"2999-01-01\"}"
call "${AUTH[@]}" -X POST "$API/time-entries" "${json[@]}" -d "{\"clientId\":\"$GLOBEX\",\"taskKey\":\"ACME-1\",\"minutes\":30,\"date\":\"$TODAY\"}"
note "Ten more minutes take the month to 83 %: capacity.warning is raised, once:"
call "${AUTH[@]}" -X POST "$API/time-entries" "${json[@]}" -d "{\"clientId\":\"$ACME\",\"minutes\":10,\"date\":\"$TODAY\",\"billable\":false}"
call "${AUTH[@]}" "$API/audit-events?entityType=capacity-budget&entityId=$BUDGET"
note "Corrected up past the budget, down, and up again: capacity.exceeded is raised once, whatever follows:"
call "${AUTH[@]}" -X PATCH "$API/time-entries/$ENTRY" "${json[@]}" -H 'If-Match: "1"' -d '{"minutes":120}'
call "${AUTH[@]}" -X PATCH "$API/time-entries/$ENTRY" "${json[@]}" -d '{"minutes":30}'
call "${AUTH[@]}" -X PATCH "$API/time-entries/$ENTRY" "${json[@]}" -d '{"minutes":120}'
call "${AUTH[@]}" -X PATCH "$API/time-entries/$ENTRY" "${json[@]}" -H 'If-Match: "1"' -d '{"minutes":60}'
call "${AUTH[@]}" "$API/audit-events?entityType=capacity-budget&entityId=$BUDGET"
note "The period: its hours, used (billable apart) and left, the share used and when it crossed 80 % and 100 %:"
call "${AUTH[@]}" "$API/clients/$ACME/capacity"
call "${AUTH[@]}" "$API/time-entries?clientId=$ACME&operatorId=me&sort=-createdAt"
call "${AUTH[@]}" "$API/clients/$ACME/capacity?from=$TODAY&to=2020-01-01"
note "A member logs their own time and cannot touch the owner's, nor set budgets:"
call -b "$JAR" -X POST "$API/operators" "${json[@]}" -H "X-CSRF-Token: $CSRF" -d "{\"email\":\"mo@$SLUG.test\",\"name\":\"Mo Member\",\"role\":\"member\",\"password\":\"member password 2\"}"
MEMBER_CSRF=$(curl -s -c "$MEMBER_JAR" -X POST "$API/sessions" "${json[@]}" -d "{\"tenant\":\"$SLUG\",\"email\":\"mo@$SLUG.test\",\"password\":\"member password 2\"}" | jq -r .csrfToken)
note "(signed in as the member mo@$SLUG.test)"
call -b "$MEMBER_JAR" -X POST "$API/time-entries" "${json[@]}" -H "X-CSRF-Token: $MEMBER_CSRF" -d "{\"clientId\":\"$ACME\",\"minutes\":25,\"date\":\"$TODAY\"}"
call -b "$MEMBER_JAR" -X DELETE "$API/time-entries/$ENTRY" -H "X-CSRF-Token: $MEMBER_CSRF"
call -b "$MEMBER_JAR" -X PATCH "$API/capacity-budgets/$BUDGET" "${json[@]}" -H "X-CSRF-Token: $MEMBER_CSRF" -d '{"hours":100}'
note "Ada sees the budget the agency shares, with hours used and left: no entry, no note, no crossing:"
call -b "$CONTACT_JAR" "$PORTAL_API/capacity"
call -b "$CONTACT_JAR" "$API/time-entries"
note "The owner deletes an entry (the audit keeps it; the crossings stay raised):"
call "${AUTH[@]}" -X DELETE "$API/time-entries/$ENTRY"
call "${AUTH[@]}" -X DELETE "$API/time-entries/$ENTRY"

step "16. SLA clocks: business hours, targets, and every request's clock"
note "Until an owner or admin sets them, the defaults stand (version 0): Monday to Friday, 09:00 to 17:00 UTC, and targets per priority in working minutes:"
call "${AUTH[@]}" "$API/settings/business-hours"
call "${AUTH[@]}" "$API/settings/sla"
note "The admin key sets the agency's hours: Berlin, Monday to Friday, 08:00 to 18:00, with Christmas off:"
call "${AUTH[@]}" -X PUT "$API/settings/business-hours" "${json[@]}" -H 'If-Match: "0"' -d '{"timeZone":"Europe/Berlin","workingDays":["monday","tuesday","wednesday","thursday","friday"],"opens":"08:00","closes":"18:00","holidays":["2026-12-24","2026-12-25","2026-12-26"]}'
note "Every wrong field is named at once, a change based on an older version is refused, and neither changes anything:"
call "${AUTH[@]}" -X PUT "$API/settings/business-hours" "${json[@]}" -d '{"timeZone":"+02:00","workingDays":["monday","funday","monday"],"opens":"9am","closes":"25:00","holidays":["2026-02-30"]}'
call "${AUTH[@]}" -X PUT "$API/settings/business-hours" "${json[@]}" -H 'If-Match: "0"' -d '{"timeZone":"UTC","workingDays":["saturday"],"opens":"10:00","closes":"12:00"}'
note "Targets for every priority at once; a missing priority, an unknown one, or a resolution shorter than the first response is refused:"
call "${AUTH[@]}" -X PUT "$API/settings/sla" "${json[@]}" -d '{"targets":{"low":{"firstResponseMinutes":960,"resolutionMinutes":4800},"normal":{"firstResponseMinutes":240,"resolutionMinutes":1440},"high":{"firstResponseMinutes":120,"resolutionMinutes":960},"urgent":{"firstResponseMinutes":30,"resolutionMinutes":240}}}'
call "${AUTH[@]}" -X PUT "$API/settings/sla" "${json[@]}" -d '{"targets":{"urgent":{"firstResponseMinutes":120,"resolutionMinutes":60},"critical":{"firstResponseMinutes":5,"resolutionMinutes":10}}}'
note "A member reads the settings but cannot change them:"
call -b "$MEMBER_JAR" -X PUT "$API/settings/sla" "${json[@]}" -H "X-CSRF-Token: $MEMBER_CSRF" -d '{"targets":{}}'
note "Ada files a request; its clock starts at once, due by the normal targets in Berlin working time:"
call -b "$CONTACT_JAR" -X POST "$PORTAL_API/requests" "${json[@]}" -H "X-CSRF-Token: $CONTACT_CSRF" -d "{\"projectId\":\"$SITE\",\"kind\":\"task\",\"title\":\"Newsletter sign-up form\"}"
NEWSLETTER=$(jq -r .key <<<"$BODY")
call "${AUTH[@]}" "$API/tasks/$NEWSLETTER"
note "Accepting it is the first response; waiting on the client pauses the clock; done resolves it:"
call "${AUTH[@]}" -X POST "$API/tasks/$NEWSLETTER/transitions" "${json[@]}" -d '{"to":"open"}'
call "${AUTH[@]}" -X POST "$API/tasks/$NEWSLETTER/transitions" "${json[@]}" -d '{"to":"in_progress"}'
call "${AUTH[@]}" -X POST "$API/tasks/$NEWSLETTER/transitions" "${json[@]}" -d '{"to":"waiting_on_client"}'
call "${AUTH[@]}" -X POST "$API/tasks/$NEWSLETTER/transitions" "${json[@]}" -d '{"to":"done"}'
note "The question Ada asked earlier was answered by a reply, so its clock is resolved; the agency's own tasks have none:"
call "${AUTH[@]}" "$API/asks/$ASK"
call "${AUTH[@]}" "$API/tasks/ACME-1"

step "17. The operator's queue, due work and stale work"
note "A task three days overdue, and a new question from Ada:"
call "${AUTH[@]}" -X POST "$API/tasks" "${json[@]}" -d "{\"projectId\":\"$SITE\",\"title\":\"Fix the footer\",\"dueDate\":\"$(date -u -d '3 days ago' +%F)\"}"
OVERDUE=$(jq -r .key <<<"$BODY")
call -b "$CONTACT_JAR" -X POST "$PORTAL_API/requests" "${json[@]}" -H "X-CSRF-Token: $CONTACT_CSRF" -d "{\"projectId\":\"$SITE\",\"kind\":\"question\",\"title\":\"Can we add a blog?\"}"
note "What needs someone now, most urgent first, each with why: the overdue task, the unclassified ask, Acme's capacity past 100 % and 80 %:"
call "${AUTH[@]}" "$API/queue?limit=5"
note "An overdue task's item names its due date; acknowledging takes it out for good, a snooze for a while:"
call "${AUTH[@]}" -X POST "$API/queue/task_overdue.$OVERDUE.$(date -u -d '3 days ago' +%F)/acknowledgement"
ITEM=$(curl -s "${AUTH[@]}" "$API/queue?limit=1" | jq -r '.items[0].id')
call "${AUTH[@]}" -X POST "$API/queue/$ITEM/snooze" "${json[@]}" -d "{\"until\":\"$(date -u -d 'tomorrow' +%FT%TZ)\"}"
note "Only an item in the queue now can be marked, and a snooze lies ahead, at most 90 days:"
call "${AUTH[@]}" -X POST "$API/queue/task_overdue.ACME-999.2026-01-01/acknowledgement"
call "${AUTH[@]}" -X POST "$API/queue/$ITEM/snooze" "${json[@]}" -d '{"until":"2020-01-01T00:00:00Z"}'
VIEWER_KEY=$(curl -s -b "$JAR" -X POST "$API/api-keys" "${json[@]}" -H "X-CSRF-Token: $CSRF" -d '{"name":"wall display","role":"viewer"}' | jq -r .key)
note "(a viewer API key, \$VIEWER_KEY, for a wall display: it reads the queue but may not mark it)"
call -H "Authorization: Bearer $VIEWER_KEY" "$API/queue?limit=1"
call -H "Authorization: Bearer $VIEWER_KEY" -X POST "$API/queue/$ITEM/acknowledgement"
note "Work coming due in the next 30 days, soonest first (tasks and milestones), and work nobody touched for a day:"
call "${AUTH[@]}" "$API/due?within=30d&limit=5"
call "${AUTH[@]}" "$API/due?within=a-month"
call "${AUTH[@]}" "$API/stale?days=1"
call "${AUTH[@]}" "$API/stale?days=0"

step "18. A client's handoff summary"
note "Everything a new owner of Acme needs, as JSON (summed up here with jq: the whole answer is long) and as Markdown to paste into a note:"
HANDOFF_SUM='{client: .client.name, history: (.history | length), contacts: [.contacts[].name], projects: [.projects[] | {name, nextMilestones: [.nextMilestones[].key]}], openTasks: [.openTasks[] | {key, status, sla: .sla.state}], openAsks: [.openAsks[].key], recentUpdates: [.recentUpdates[].visibility], budgets: (.capacity.budgets | length)}'
printf '```\n$ curl -H "Authorization: Bearer $KEY" "$PORTAL/api/v1/clients/%s/handoff" | jq %s\n' "$ACME" "'…'"
curl -s "${AUTH[@]}" "$API/clients/$ACME/handoff" | jq "$HANDOFF_SUM"
printf '```\n'
call "${AUTH[@]}" -H 'Accept: text/markdown' "$API/clients/$ACME/handoff"
call "${AUTH[@]}" "$API/clients/00000000-0000-0000-0000-000000000000/handoff"

step "19. Reports to clients"
MONTH_START=$(date -u +%Y-%m-01)
TODAY=$(date -u +%F)
note "A report on this month of Acme's work, drafted from what Acme may see: done client-visible tasks, reached client-visible milestones, client-visible updates, the hours logged and the budgets Acme sees. Internal notes, internal milestones and time entries' notes stay out:"
call "${AUTH[@]}" -X POST "$API/reports" "${json[@]}" -d "{\"clientId\":\"$ACME\",\"from\":\"$MONTH_START\",\"to\":\"$TODAY\"}"
REPORT=$(jq -r .id <<<"$BODY")
note "Its text, as Markdown to edit:"
printf '```\n$ curl -H "Authorization: Bearer $KEY" "$PORTAL/api/v1/reports/%s" | jq -r .body\n' "$REPORT"
jq -r .body <<<"$BODY"
printf '```\n'
MEMBER_KEY=$(curl -s -b "$JAR" -X POST "$API/api-keys" "${json[@]}" -H "X-CSRF-Token: $CSRF" -d '{"name":"account manager","role":"member"}' | jq -r .key)
note "(a member API key, \$MEMBER_KEY: members edit and submit reports; owners and admins approve and publish them)"
call -H "Authorization: Bearer $MEMBER_KEY" -X PATCH "$API/reports/$REPORT" "${json[@]}" -H 'If-Match: "1"' -d '{"title":"Acme this month"}'
call -H "Authorization: Bearer $MEMBER_KEY" -X POST "$API/reports/$REPORT/transitions" "${json[@]}" -d '{"to":"in_review"}'
note "In review, it waits in the queue (and, until published, comes due on its period's last day):"
printf '```\n$ curl -H "Authorization: Bearer $KEY" "$PORTAL/api/v1/queue?limit=20" | jq %s\n' "'[.items[] | select(.kind == \"report_awaiting_review\")]'"
curl -s "${AUTH[@]}" "$API/queue?limit=20" | jq '[.items[] | select(.kind == "report_awaiting_review")]'
printf '```\n'
call -H "Authorization: Bearer $MEMBER_KEY" -X POST "$API/reports/$REPORT/transitions" "${json[@]}" -d '{"to":"approved"}'
call "${AUTH[@]}" -X POST "$API/reports/$REPORT/transitions" "${json[@]}" -d '{"to":"approved","reason":"Read it through"}'
note "Approved, its text is fixed; published, it is final:"
call "${AUTH[@]}" -X PATCH "$API/reports/$REPORT" "${json[@]}" -d '{"body":"Something else"}'
call "${AUTH[@]}" -X POST "$API/reports/$REPORT/transitions" "${json[@]}" -d '{"to":"published"}'
call "${AUTH[@]}" -X POST "$API/reports/$REPORT/transitions" "${json[@]}" -d '{"to":"draft"}'
note "Bad input, and a project kept internal:"
call "${AUTH[@]}" -X POST "$API/reports" "${json[@]}" -d "{\"clientId\":\"$ACME\",\"from\":\"$TODAY\",\"to\":\"$MONTH_START-x\"}"
call "${AUTH[@]}" -X POST "$API/reports" "${json[@]}" -d "{\"clientId\":\"$ACME\",\"from\":\"$TODAY\",\"to\":\"$(date -u -d 'yesterday' +%F)\"}"
INTERNAL_PROJECT=$(curl -s "${AUTH[@]}" "$API/projects" "${json[@]}" -X POST -d "{\"clientId\":\"$ACME\",\"name\":\"Agency tooling\"}" | jq -r .id)
call "${AUTH[@]}" -X POST "$API/reports" "${json[@]}" -d "{\"clientId\":\"$ACME\",\"projectId\":\"$INTERNAL_PROJECT\",\"from\":\"$MONTH_START\",\"to\":\"$TODAY\"}"
note "In the portal: Ada reads the published report, but acknowledging takes the approve right:"
call -b "$CONTACT_JAR" "$PORTAL_API/reports"
call -b "$CONTACT_JAR" -X POST "$PORTAL_API/reports/$REPORT/acknowledgement" -H "X-CSRF-Token: $CONTACT_CSRF"
CHIEF=$(curl -s "${AUTH[@]}" -X POST "$API/clients/$ACME/contacts" "${json[@]}" -d '{"name":"Cy Chief","email":"cy@acme.test","rights":["approve"]}' | jq -r .id)
CHIEF_TOKEN=$(curl -s "${AUTH[@]}" -X POST "$API/contacts/$CHIEF/portal-links" | jq -r .token)
CHIEF_CSRF=$(curl -s -c "$CHIEF_JAR" -X POST "$PORTAL_API/sessions" "${json[@]}" -d "{\"token\":\"$CHIEF_TOKEN\"}" | jq -r .csrfToken)
note "(Cy Chief, a contact with the approve right, opened the portal; chief-jar.txt holds the session)"
call -b "$CHIEF_JAR" -X POST "$PORTAL_API/reports/$REPORT/acknowledgement" -H "X-CSRF-Token: $CHIEF_CSRF"
call -b "$CHIEF_JAR" -X POST "$PORTAL_API/reports/$REPORT/acknowledgement" -H "X-CSRF-Token: $CHIEF_CSRF"

step "20. Project metrics from an integrator, with a scoped key"
note "A key that can only send metrics (scope metrics:write), for the client's deploy pipeline:"
call -b "$JAR" -X POST "$API/api-keys" "${json[@]}" -H "X-CSRF-Token: $CSRF" -d '{"name":"deploy pipeline","role":"member","scopes":["metrics:write"]}'
COLLECTOR_KEY=$(jq -r .key <<<"$BODY")
YESTERDAY=$(date -u -d yesterday +%F)
METRICS_BATCH="{\"points\":[{\"name\":\"deploys\",\"value\":1,\"unit\":\"count\",\"at\":\"${YESTERDAY}T09:12:00Z\",\"id\":\"run-811\"},{\"name\":\"deploys\",\"value\":1,\"unit\":\"count\",\"at\":\"${TODAY}T08:40:00Z\",\"id\":\"run-812\"},{\"name\":\"lighthouse.performance\",\"value\":91.5,\"unit\":\"score\",\"at\":\"${TODAY}T08:45:00Z\",\"id\":\"run-812-lh\"}]}"
note "(the batch, \$METRICS_BATCH below: $METRICS_BATCH)"
call -H "Authorization: Bearer $COLLECTOR_KEY" -X POST "$API/projects/$SITE/metrics" "${json[@]}" -d "$METRICS_BATCH"
note "The pipeline timed out and sends the same batch again: nothing is counted twice:"
call -H "Authorization: Bearer $COLLECTOR_KEY" -X POST "$API/projects/$SITE/metrics" "${json[@]}" -d "$METRICS_BATCH"
note "The key can send metrics and nothing else, not even read them:"
call -H "Authorization: Bearer $COLLECTOR_KEY" "$API/projects/$SITE/metrics"
call -H "Authorization: Bearer $COLLECTOR_KEY" "$API/clients"
note "The agency reads them summed up per day of its time zone (and per hour, week or month):"
call "${AUTH[@]}" "$API/projects/$SITE/metrics?from=$YESTERDAY&to=$TODAY"
call "${AUTH[@]}" "$API/projects/$SITE/metrics?name=deploys&bucket=month"
note "A bad batch keeps nothing and names every bad field; a range too long for its bucket is refused:"
call -H "Authorization: Bearer $COLLECTOR_KEY" -X POST "$API/projects/$SITE/metrics" "${json[@]}" -d '{"points":[{"name":"Deploys","value":1,"unit":"count","at":"yesterday"},{"name":"deploys","value":0.12345678901,"unit":"","at":"2026-12-01T00:00:00Z"}]}'
call "${AUTH[@]}" "$API/projects/$SITE/metrics?from=2026-01-01&to=2026-06-30&bucket=hour"
call -b "$JAR" -X POST "$API/api-keys" "${json[@]}" -H "X-CSRF-Token: $CSRF" -d '{"name":"odd","scopes":["everything"]}'

step "21. Events for the Notification Hub"
note "Every change a contact or an operator should hear of wrote an event with it: the portal links, the shared updates, Ada's requests and their answers, the published report, the capacity crossings (a milestone reached while still internal, as Discovery was in step 6, writes none). Internal notes wrote none; a link's url is never shown:"
printf '```\n$ curl -H "Authorization: Bearer $KEY" "$PORTAL/api/v1/notifications?limit=100" | jq %s\n' "'[.items[] | {type, state, attempts}] | group_by(.type) | map({type: .[0].type, events: length, states: (map(.state) | unique)})'"
curl -s "${AUTH[@]}" "$API/notifications?limit=100" | jq '[.items[] | {type, state, attempts}] | group_by(.type) | map({type: .[0].type, events: length, states: (map(.state) | unique)})'
printf '```\n'
call "${AUTH[@]}" "$API/notifications?type=request.declined"
call "${AUTH[@]}" "$API/notifications?state=lost"
if [ -n "$HUB" ]; then
  note "The hub goes down; three updates are shared meanwhile, and the relay keeps trying, later and later:"
  call -X POST "$HUB/down"
  for n in 1 2 3; do
    curl -s "${AUTH[@]}" -X POST "$API/projects/$SITE/updates" "${json[@]}" -d "{\"body\":\"Shared while the hub was down, $n\",\"visibility\":\"client\"}" >/dev/null
  done
  sleep 3
  call "${AUTH[@]}" "$API/notifications?state=pending&limit=3"
  note "It comes back: every pending event is delivered, each once:"
  call -X POST "$HUB/up"
  for _ in $(seq 1 60); do
    [ "$(curl -s "${AUTH[@]}" "$API/notifications?state=pending&limit=1" | jq '.items | length')" = 0 ] && break
    sleep 0.5
  done
  call "${AUTH[@]}" "$API/notifications?state=pending"
  printf '```\n$ curl "$HUB/deliveries" | jq %s\n' "'{tries, keys: (.takenByKey | length), takenMoreThanOnce: [.takenByKey | to_entries[] | select(.value > 1)]}'"
  curl -s "$HUB/deliveries" | jq '{tries, keys: (.takenByKey | length), takenMoreThanOnce: [.takenByKey | to_entries[] | select(.value > 1)]}'
  printf '```\n'
fi

step "22. Documents and invoices from Klevar Docs"
note "An owner connects the agency's Klevar Docs account: the webhook secret, and an API key for pulls. Neither is ever shown again:"
DOCS_SECRET="a webhook secret of some length"
DOCS_KEY="an api key of twenty-four chars"
call -b "$JAR" -X PUT "$API/integrations/klevar-docs" "${json[@]}" -H "X-CSRF-Token: $CSRF" -d "{\"secret\":\"$DOCS_SECRET\",\"enabled\":true,\"apiKey\":\"$DOCS_KEY\"}"
call "${AUTH[@]}" "$API/integrations/klevar-docs"
ACME_PREFIX=$(curl -s "${AUTH[@]}" "$API/clients/$ACME" | jq -r .taskKeyPrefix)
# Signs like Klevar Docs: HMAC-SHA256 of "<timestamp>.<body>" with the shared secret.
deliver() {
  local body=$1 ts=${2:-$(date +%s)} secret=${3:-$DOCS_SECRET} sig
  sig="sha256=$(printf '%s.%s' "$ts" "$body" | openssl dgst -sha256 -hmac "$secret" | sed 's/^.*= //')"
  call -X POST "$API/webhooks/klevar-docs/$SLUG" "${json[@]}" -H "X-Klevar-Timestamp: $ts" -H "X-Klevar-Signature: $sig" -d "$body"
}
ISSUED_AT=$(date -u -d '-2 minutes' +%FT%TZ)
OVERDUE_AT=$(date -u -d '-1 minute' +%FT%TZ)
INVOICE_DUE=$(date -u -d '+5 days' +%F)
ISSUED="{\"id\":\"evt_1\",\"type\":\"invoice.issued\",\"occurredAt\":\"$ISSUED_AT\",\"data\":{\"id\":\"inv_1\",\"clientReference\":\"$ACME_PREFIX\",\"title\":\"Website relaunch, first half\",\"number\":\"2026-041\",\"currency\":\"EUR\",\"total\":\"4800.00\",\"dueDate\":\"$INVOICE_DUE\",\"url\":\"https://docs.example/inv_1\",\"clientVisible\":true}}"
OVERDUE="{\"id\":\"evt_2\",\"type\":\"invoice.overdue\",\"occurredAt\":\"$OVERDUE_AT\",\"data\":{\"id\":\"inv_0\",\"clientReference\":\"$ACME_PREFIX\",\"title\":\"Discovery workshop\",\"number\":\"2026-017\",\"currency\":\"EUR\",\"total\":\"1250.00\",\"amountDue\":\"450.00\",\"dueDate\":\"$(date -u -d '-10 days' +%F)\",\"clientVisible\":true}}"
SOW="{\"id\":\"evt_3\",\"type\":\"document.created\",\"occurredAt\":\"$ISSUED_AT\",\"data\":{\"id\":\"doc_1\",\"clientReference\":\"$ACME_PREFIX\",\"title\":\"Statement of work, internal draft\"}}"
note "Docs sends signed events (an invoice issued, an older one overdue, a document kept internal; the bodies are \$ISSUED, \$OVERDUE and \$SOW):"
note "(\$ISSUED: $ISSUED)"
deliver "$ISSUED"
deliver "$OVERDUE"
deliver "$SOW"
note "The same event again changes nothing, nor does an event older than what the portal holds:"
deliver "$ISSUED"
deliver "${OVERDUE//evt_2/evt_4}"
deliver "$(sed -e 's/evt_2/evt_5/' -e 's/invoice.overdue/invoice.issued/' -e "s/$OVERDUE_AT/$ISSUED_AT/" <<<"$OVERDUE")"
note "A wrong secret, a timestamp ten minutes old, a number where an exact amount belongs and an unknown type are refused, and nothing is kept:"
deliver "${ISSUED//evt_1/evt_6}" "$(date +%s)" "not the agency's secret, at all"
deliver "${ISSUED//evt_1/evt_7}" "$(( $(date +%s) - 600 ))"
deliver "$(sed -e 's/evt_1/evt_8/' -e 's/"total":"4800.00"/"total":4800.1/' <<<"$ISSUED")"
deliver "$(sed -e 's/evt_1/evt_9/' -e 's/invoice.issued/invoice.refunded/' <<<"$ISSUED")"
call -X POST "$API/webhooks/klevar-docs/nobody-$RUN" "${json[@]}" -d "$ISSUED"
note "Operators see every document and invoice; Cy, Acme's contact, sees only the client-visible ones:"
call "${AUTH[@]}" "$API/invoices"
call "${AUTH[@]}" "$API/documents?clientId=$ACME"
call -b "$CHIEF_JAR" "$PORTAL_API/invoices"
call -b "$CHIEF_JAR" "$PORTAL_API/documents"
note "The overdue invoice waits in the queue, the issued one comes due, and both are in Acme's handoff:"
printf '```\n$ curl -H "Authorization: Bearer $KEY" "$PORTAL/api/v1/queue?limit=50" | jq %s\n' "'[.items[] | select(.kind == \"invoice_overdue\")]'"
curl -s "${AUTH[@]}" "$API/queue?limit=50" | jq '[.items[] | select(.kind == "invoice_overdue")]'
printf '```\n'
printf '```\n$ curl -H "Authorization: Bearer $KEY" "$PORTAL/api/v1/due?within=7d" | jq %s\n' "'[.items[] | select(.type == \"invoice\")]'"
curl -s "${AUTH[@]}" "$API/due?within=7d" | jq '[.items[] | select(.type == "invoice")]'
printf '```\n'
printf '```\n$ curl -H "Authorization: Bearer $KEY" -H "Accept: text/markdown" "$PORTAL/api/v1/clients/$ACME/handoff" | sed -n %s\n' "'/^## Documents/,\$p'"
curl -s "${AUTH[@]}" -H "Accept: text/markdown" "$API/clients/$ACME/handoff" | sed -n '/^## Documents/,$p'
printf '```\n'
INVOICE=$(curl -s "${AUTH[@]}" "$API/invoices?status=issued" | jq -r '.items[0].id')
if [ -n "${DOCS:-}" ]; then
  note "A pull from Docs' API (\$DOCS, the stand-in of docs/tools/FakeKlevarDocs.java) reconciles what webhooks missed: the invoice was paid there:"
  curl -s -X PUT "$DOCS/v1/invoices/inv_1" -H "Authorization: Bearer $DOCS_KEY" -d "{\"id\":\"inv_1\",\"clientReference\":\"$ACME_PREFIX\",\"title\":\"Website relaunch, first half\",\"number\":\"2026-041\",\"status\":\"paid\",\"currency\":\"EUR\",\"total\":\"4800.00\",\"amountDue\":\"0.00\",\"dueDate\":\"$INVOICE_DUE\",\"clientVisible\":true,\"updatedAt\":\"$(date -u +%FT%TZ)\"}" >/dev/null
  call -b "$JAR" -X POST "$API/clients/$ACME/documents/refresh" -H "X-CSRF-Token: $CSRF"
  call "${AUTH[@]}" "$API/invoices/$INVOICE"
  note "Docs goes down: a pull says so at once, and the copy still serves:"
  call -X POST "$DOCS/down"
  call -b "$JAR" -X POST "$API/invoices/$INVOICE/refresh" -H "X-CSRF-Token: $CSRF"
  call "${AUTH[@]}" "$API/invoices/$INVOICE"
  call -X POST "$DOCS/up"
else
  note "(Run with DOCS set, and the portal with PORTAL_DOCS_URL, to see a pull from Docs and Docs down; without it a pull answers 503.)"
fi
note "With webhooks turned off the route is not there at all:"
call -b "$JAR" -X PUT "$API/integrations/klevar-docs" "${json[@]}" -H "X-CSRF-Token: $CSRF" -d '{"enabled":false}'
deliver "${ISSUED//evt_1/evt_10}"

step "23. Recurring checkpoints and the scheduled jobs"
note "A weekly status review on the website project, shared with the client; the recurring-checkpoints job makes a task of it on each of its days, at 04:15 UTC:"
call "${AUTH[@]}" -X POST "$API/projects/$SITE/checkpoints" "${json[@]}" -d '{"title":"Weekly status review","every":"week","on":"friday","visibility":"client"}'
CHECKPOINT=$(jq -r .id <<<"$BODY")
call "${AUTH[@]}" -X POST "$API/projects/$SITE/checkpoints" "${json[@]}" -d '{"title":"Monthly call","every":"month","on":"31"}'
call "${AUTH[@]}" -X POST "$API/projects/$SITE/checkpoints" "${json[@]}" -d '{"title":"","every":"fortnight","on":"friday","startsOn":"soon"}'
call "${AUTH[@]}" "$API/projects/$SITE/checkpoints"
call "${AUTH[@]}" -X DELETE "$API/checkpoints/$CHECKPOINT"
call "${AUTH[@]}" -X DELETE "$API/checkpoints/$CHECKPOINT"
note "Every run of every job is recorded, with what it did for this agency:"
call "${AUTH[@]}" "$API/job-runs?limit=3"

step "Another agency's ids are 404, whatever the credentials"
curl -s -X POST "$API/tenants" "${json[@]}" -d "{\"name\":\"Rival\",\"slug\":\"$OTHER\",\"ownerEmail\":\"r@$OTHER.test\",\"ownerPassword\":\"correct horse battery\"}" >/dev/null
RIVAL_CSRF=$(curl -s -c "$RIVAL_JAR" -X POST "$API/sessions" "${json[@]}" -d "{\"tenant\":\"$OTHER\",\"email\":\"r@$OTHER.test\",\"password\":\"correct horse battery\"}" | jq -r .csrfToken)
note "(signed in as the owner of a second agency, $OTHER)"
call -b "$RIVAL_JAR" "$API/clients/$ACME"
call -b "$RIVAL_JAR" "$API/tasks/ACME-1"
call -b "$RIVAL_JAR" -X POST "$API/clients/$ACME/transitions" "${json[@]}" -H "X-CSRF-Token: $RIVAL_CSRF" -d '{"to":"paused"}'
call -b "$RIVAL_JAR" -X POST "$API/contacts/$ADA/portal-links" -H "X-CSRF-Token: $RIVAL_CSRF"

step "Idempotent POST"
call "${AUTH[@]}" -X POST "$API/clients" "${json[@]}" -H "Idempotency-Key: create-initech-$RUN" -d '{"name":"Initech"}'
call "${AUTH[@]}" -X POST "$API/clients" "${json[@]}" -H "Idempotency-Key: create-initech-$RUN" -d '{"name":"Initech"}'
call "${AUTH[@]}" -X POST "$API/clients" "${json[@]}" -H "Idempotency-Key: create-initech-$RUN" -d '{"name":"Initrode"}'

step "Bad input never gets a 5xx"
call "${AUTH[@]}" -X POST "$API/clients" "${json[@]}" -d '{"name": "Acme",'
call "${AUTH[@]}" -X POST "$API/clients" "${json[@]}" -d '{"name": 123}'
call "${AUTH[@]}" -X POST "$API/clients" "${json[@]}" -d '{"name":"Acme","colour":"red"}'
call "${AUTH[@]}" -X POST "$API/clients" -H 'Content-Type: text/plain' -d 'name=Acme'
call "${AUTH[@]}" -X POST "$API/clients" "${json[@]}" -d "{\"name\":\"$(printf 'x%.0s' $(seq 1 201))\"}"
head -c 1200000 /dev/zero | tr '\0' 'x' | sed 's/^/{"name":"/; s/$/"}/' > "$WORK/large.json"
call "${AUTH[@]}" -X POST "$API/clients" "${json[@]}" --data-binary "@$WORK/large.json"
call "${AUTH[@]}" "$API/clients/%zz"
call "${AUTH[@]}" -H "X-Padding: $(head -c 20000 /dev/zero | tr '\0' 'p')" "$API/clients"
call "$API/nothing-here"
call -H 'Authorization: Bearer cmp_not_a_key' "$API/clients"

step "Revoking and signing out"
call "${AUTH[@]}" -X DELETE "$API/api-keys/$KEY_ID"
call "${AUTH[@]}" "$API/clients"
call -b "$JAR" -X DELETE "$API/sessions/current" -H "X-CSRF-Token: $CSRF"
call -b "$JAR" "$API/me"
