#!/usr/bin/env bash
# Create throughput of the Request Service (requests.md §4.4):
#   Benchmarks/request-create.sh [duration-seconds] [connections]
# Release build; a Registry with the demo scenario on loopback (REGISTRY_CACHE_SECONDS at its default
# of 1); one registered standard system; wrk + Lua POSTing standard requests with distinct
# externalRefs for one customer. Every create runs the whole §4.4 path: token, body, Registry (cached),
# system, the Approval lookup, duplicate check, redirect, rights, insert with audit. Reports req/s and p99.
# The Approval Service's /internal/systemusers/lookup is answered by nginx with 404 AUTH-00015 unless
# APPROVAL_URL points at a running Approval Service. Needs wrk and nginx; installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"
connections="${2:-32}"
for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done
for product in RequestService RegistryService TokenGenerator ScenarioLoader; do
    swift build -c release --product "$product" >/dev/null
done
bin="$(swift build -c release --show-bin-path)"
run="$(mktemp -d)"
chmod 755 "$run"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -f "$run/nginx.pid" ] && kill "$(cat "$run/nginx.pid")" 2>/dev/null || true
    rm -rf "$run"
}
trap cleanup EXIT

"$bin/TokenGenerator" keygen --out "$run/keys" >/dev/null
common=(PORT=0 LOG_LEVEL=warning SHUTDOWN_GRACE_SECONDS=0 JWKS_PATH="$run/keys/jwks.json"
        PLATFORM_SIGNING_KEY="$run/keys/private.pem" KEY_DIR="$run/keys")
# start NAME [VAR=value...]: runs the executable and sets $url to its address.
start() {
    local name="$1"; shift
    env "${common[@]}" DATABASE_PATH="$run/$name.sqlite" "$@" "$bin/$name" >"$run/$name.out" 2>"$run/$name.err" &
    pids+=($!)
    for _ in $(seq 300); do grep -q "listening on" "$run/$name.out" 2>/dev/null && break; sleep 0.1; done
    url="$(sed -n 's/^listening on //p' "$run/$name.out")"
    [ -n "$url" ] || { cat "$run/$name.err" >&2; exit 1; }
}

if [ -z "${APPROVAL_URL:-}" ]; then
    port=$((20000 + RANDOM % 20000))
    cat > "$run/nginx.conf" <<CONF
worker_processes 1;
pid $run/nginx.pid;
error_log $run/nginx.err warn;
events { worker_connections 1024; }
http {
    access_log off; keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$port;
        location = /internal/systemusers/lookup {
            default_type application/problem+json;
            return 404 '{"type":"urn:altinn:error:AUTH-00015","title":"The SystemUser was not found.","status":404,"code":"AUTH-00015"}';
        }
    }
}
CONF
    nginx -c "$run/nginx.conf" -p "$run"
    APPROVAL_URL="http://127.0.0.1:$port"
fi
start TokenGenerator; tokens="$url"
start RegistryService; registry="$url"
"$bin/ScenarioLoader" --registry "$registry" --tokens "$tokens" >/dev/null
start RequestService REGISTRY_URL="$registry" APPROVAL_URL="$APPROVAL_URL"; requests="$url"

register="$(KEY_DIR="$run/keys" "$bin/TokenGenerator" token vendor --org 315602122 --scopes altinn:authentication/systemregister.write)"
vendor="$(KEY_DIR="$run/keys" "$bin/TokenGenerator" token vendor --org 315602122 --scopes altinn:authentication/systemuser.request.write --ttl 86400)"
curl -sf -o /dev/null -X POST "$requests/authentication/api/v1/systemregister/vendor" \
    -H "Authorization: Bearer $register" -H "Content-Type: application/json" -d '{
  "id": "315602122_smartcloud", "vendor": {"authority": "iso6523-actorid-upis", "ID": "0192:315602122"},
  "name": {"nb": "SmartCloud", "nn": "SmartCloud", "en": "SmartCloud"},
  "description": {"nb": "Krav.", "nn": "Krav.", "en": "Claims."},
  "rights": [{"resource": [{"id": "urn:altinn:resource", "value": "ske-krav-og-betalinger"}]}],
  "allowedRedirectUrls": ["https://smartcloud.example/receipt"], "isVisible": true}'

cat > "$run/create.lua" <<LUA
wrk.method = "POST"
wrk.path = "/authentication/api/v1/systemuser/request/vendor"
wrk.headers["Authorization"] = "Bearer $vendor"
wrk.headers["Content-Type"] = "application/json"
local counter = 0
local threadId = 0
setup = function(thread) threadId = threadId + 1; thread:set("tid", threadId) end
request = function()
    counter = counter + 1
    local body = '{"systemId":"315602122_smartcloud","partyOrgNo":"310202398","externalRef":"bench-'
        .. tostring(tid) .. '-' .. counter .. '","rights":[{"resource":[{"id":"urn:altinn:resource",'
        .. '"value":"ske-krav-og-betalinger"}]}],"redirectUrl":"https://smartcloud.example/receipt?n=' .. counter .. '"}'
    return wrk.format(nil, nil, nil, body)
end
local statuses = {}
response = function(status) statuses[status] = (statuses[status] or 0) + 1 end
done = function(summary, latency, requests)
    io.write(string.format("p50 %.2f ms, p99 %.2f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA
echo "wrk -t2 -c$connections -d${duration}s --latency -s create.lua $requests"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$run/create.lua" "$requests" | tee "$run/wrk.out"
platform="$(KEY_DIR="$run/keys" "$bin/TokenGenerator" token platform --app bench)"
stored="$(curl -s -H "Authorization: Bearer $platform" "$requests/internal/requests?party=310202398&type=standard" \
    | grep -o '"status":"New"' | wc -l)"
echo "requests stored: $stored (each 201 stores one; non-2xx answers: $(awk '/Non-2xx/ {print $NF}' "$run/wrk.out"))"
