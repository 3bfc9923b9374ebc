#!/usr/bin/env bash
# Request creation and the full approve round trip, across the real Registry, Request, Approval and
# Client Delegation services on loopback (release build, the demo scenario loaded through the APIs):
#   Benchmarks/requests-and-approvals.sh [duration-seconds] [connections]
# 1. Creates: wrk + Lua POSTing standard requests of SmartCloud for DISKRET NÆR TIGER AS, each with a
#    distinct externalRef (requests.md §4.4: token, body, Registry party check (cached 1 s), system, the
#    Approval Service's live-user lookup, duplicate check, redirect, rights, insert with audit).
# 2. Approvals: wrk + Lua approving each request created in step 1 once, as DRESS MINST (approval.md
#    §4: Registry, rights from the Client Delegation Service, the request and system from the Request
#    Service, the AND rule, then the commit steps: local record, publish to Delegation, Accepted at the
#    Request Service), for as long as step 1 ran; approvals are slower than creates, so every request
#    is approved at most once (a run that ran out of requests would show non-2xx answers: 409).
# Reports requests/s, p50 and p99 for both, and the non-2xx count. Needs wrk and curl; installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"
connections="${2:-16}"
for tool in wrk curl; do command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }; done
Benchmarks/release-build.sh RegistryService RequestService ApprovalService ClientDelegationService TokenGenerator \
    ScenarioLoader
bin="$(swift build -c release --show-bin-path)"
run="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$run"
}
trap cleanup EXIT

"$bin/TokenGenerator" keygen --out "$run/keys" >/dev/null
ports=()
for _ in 1 2 3 4 5; do ports+=($((20000 + RANDOM % 20000))); done
tokens="http://127.0.0.1:${ports[0]}" registry="http://127.0.0.1:${ports[1]}" requests="http://127.0.0.1:${ports[2]}"
approval="http://127.0.0.1:${ports[3]}" delegation="http://127.0.0.1:${ports[4]}"
start() { # NAME URL
    local name="$1" url="$2"
    env LOG_LEVEL=warning SHUTDOWN_GRACE_SECONDS=0 PORT="${url##*:}" DATABASE_PATH="$run/$name.sqlite" \
        JWKS_PATH="$run/keys/jwks.json" PLATFORM_SIGNING_KEY="$run/keys/private.pem" KEY_DIR="$run/keys" \
        REGISTRY_URL="$registry" REQUEST_URL="$requests" APPROVAL_URL="$approval" DELEGATION_URL="$delegation" \
        PORTAL_URL="$approval" "$bin/$name" >"$run/$name.out" 2>"$run/$name.err" &
    pids+=($!)
}
start TokenGenerator "$tokens"
start RegistryService "$registry"
start ClientDelegationService "$delegation"
start RequestService "$requests"
start ApprovalService "$approval"
for url in "$tokens" "$registry" "$delegation" "$requests" "$approval"; do
    for _ in $(seq 300); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready")" = 200 ] && break; sleep 0.1; done
done
"$bin/ScenarioLoader" --registry "$registry" --tokens "$tokens" --delegation "$delegation" --requests "$requests" >/dev/null
vendor=$(curl -sf "$tokens/api/GetEnterpriseToken?org=315602122&scopes=altinn:authentication/systemuser.request.write%20altinn:authentication/systemuser.request.read")
person=$(curl -sf "$tokens/api/GetPersonalToken?pid=12838148288&userId=20001")

cat > "$run/create.lua" <<LUA
local n = 0
local ids
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $vendor"
wrk.headers["Content-Type"] = "application/json"
function init(args) ids = io.open("$run/ids", "a") end
function request()
  n = n + 1
  return wrk.format(nil, "/authentication/api/v1/systemuser/request/vendor",
    nil, '{"externalRef":"bench-' .. n .. '","systemId":"315602122_smartcloud","partyOrgNo":"310202398",'
    .. '"rights":[{"resource":[{"id":"urn:altinn:resource","value":"ske-krav-og-betalinger"}]}],'
    .. '"redirectUrl":"https://smartcloud.example/receipt?kunde=bench"}')
end
function response(status, headers, body)
  local id = body:match('"id":"([0-9a-f-]+)"')
  if status == 201 and id then ids:write(id, "\n"); ids:flush() end
end
LUA
echo "request creation (wrk -t1 -c$connections -d${duration}s):"
wrk -t1 -c"$connections" -d"${duration}s" --latency -s "$run/create.lua" "$requests" \
    | grep -E "Requests/sec|^ +(50|99)%|Non-2xx"
echo "  requests created: $(wc -l < "$run/ids")"

cat > "$run/approve.lua" <<LUA
local ids = {}
for line in io.lines("$run/ids") do ids[#ids + 1] = line end
local next = 0
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $person"
function request()
  next = next + 1
  if next > #ids then next = #ids end
  return wrk.format(nil, "/authentication/api/v1/systemuser/request/310202398/" .. ids[next] .. "/approve")
end
LUA
echo "approve round trip (wrk -t1 -c$connections -d${duration}s, each request approved once):"
wrk -t1 -c"$connections" -d"${duration}s" --latency -s "$run/approve.lua" "$approval" \
    | grep -E "Requests/sec|^ +(50|99)%|Non-2xx|requests in"
accepted=$(curl -sf "$approval/metrics" | sed -n 's/^approval_decisions_total{action="approve",outcome="ok"} //p')
echo "  approvals recorded as ok by the Approval Service: ${accepted:-?}"
