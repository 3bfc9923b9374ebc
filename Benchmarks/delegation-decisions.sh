#!/usr/bin/env bash
# Decision throughput and client-list latency of the Client Delegation Service (release build):
#   Benchmarks/delegation-decisions.sh [duration-seconds] [clients]
# 1. Starts a Registry and writes a facilitator AS (daglig leder LOJAL KOMPASS) with N client AS units
#    (default 5,000), each with a REGN role held by the facilitator, through the Registry's write endpoints.
# 2. Starts the delegation service, publishes an agent system user (§4 PUT) and adds 200 clients.
# 3. Drives POST /authorization/api/v1/decision with wrk and a Lua script (random delegated client),
#    three rounds, and reports the median req/s and p99; then times GET clients/available for the 5,000 clients.
# 4. For scale on a shared machine, one round of GET /health/live on the same service (the server's ceiling).
# DELEGATION_BIN=/path/to/ClientDelegationService measures another build (default: this package's release build).
# PERF_OUT=<file> records `perf record -g` of the delegation service during round 2 (needs perf).
# Needs wrk, curl and python3; installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"
clients="${2:-5000}"
for tool in wrk curl python3; do command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }; done
Benchmarks/release-build.sh RegistryService ClientDelegationService TokenGenerator
bin="$(swift build -c release --show-bin-path)"
run="$(mktemp -d)"
cleanup() {
    [ -n "${delegation:-}" ] && kill "$delegation" 2>/dev/null || true
    [ -n "${registry:-}" ] && kill "$registry" 2>/dev/null || true
    rm -rf "$run"
}
trap cleanup EXIT

"$bin/TokenGenerator" keygen --out "$run/keys" >/dev/null
common=(LOG_LEVEL=warning SHUTDOWN_GRACE_SECONDS=0 PORT=0 JWKS_PATH="$run/keys/jwks.json"
        PLATFORM_SIGNING_KEY="$run/keys/private.pem")
start() {  # name executable-path extra-env...
    local name="$1" exe="$2"; shift 2
    env "${common[@]}" DATABASE_PATH="$run/$name.sqlite" "$@" "$exe" >"$run/$name.out" 2>"$run/$name.err" &
    echo $!
}
url_of() {
    for _ in $(seq 1200); do grep -q "listening on" "$run/$1.out" 2>/dev/null && break; sleep 0.1; done
    sed -n 's/^listening on //p' "$run/$1.out"
}
registry="$(start registry "$bin/RegistryService")"
registry_url="$(url_of registry)"
[ -n "$registry_url" ] || { cat "$run/registry.err" >&2; exit 1; }
platform="$(KEY_DIR="$run/keys" "$bin/TokenGenerator" token platform --app bench)"
person="05866927113"
user="$(KEY_DIR="$run/keys" "$bin/TokenGenerator" token user --pid "$person" --scopes "altinn:portal/enduser")"

echo "writing a facilitator with $clients clients to the Registry..."
python3 - "$registry_url" "$platform" "$clients" "$run" "$person" <<'PY'
import http.client, json, sys, urllib.parse
url, token, count, run, person = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
host = urllib.parse.urlparse(url)
conn = http.client.HTTPConnection(host.hostname, host.port)
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
def put(path, body):
    conn.request("PUT", path, json.dumps(body), headers)
    response = conn.getresponse(); text = response.read()
    if response.status not in (200, 201): sys.exit(f"{path}: {response.status} {text[:200]}")
def numbers(start):
    n = start
    while True:
        digits = [int(c) for c in str(n)]
        rest = 11 - sum(d * w for d, w in zip(digits, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if rest != 10:
            yield f"{n}{0 if rest == 11 else rest}"
        n += 1
generator = numbers(39000000)
facilitator = next(generator)
put(f"/internal/enheter/{facilitator}", {"navn": "BENK REGNSKAP AS", "organisasjonsform": "AS"})
put(f"/internal/enheter/{facilitator}/roller", {"roller": [{"type": "DAGL", "person": {"fodselsnummer": person,
    "navn": {"fornavn": "LOJAL", "etternavn": "KOMPASS"}}}]})
client_numbers = []
for i in range(count):
    number = next(generator)
    client_numbers.append(number)
    put(f"/internal/enheter/{number}", {"navn": f"KLIENT {i} AS", "organisasjonsform": "AS"})
    put(f"/internal/enheter/{number}/roller", {"roller": [{"type": "REGN", "enhet": {"organisasjonsnummer": facilitator}}]})
open(f"{run}/facilitator", "w").write(facilitator)
open(f"{run}/clients", "w").write("\n".join(client_numbers))
PY
facilitator="$(cat "$run/facilitator")"

delegation="$(start delegation "${DELEGATION_BIN:-$bin/ClientDelegationService}" REGISTRY_URL="$registry_url")"
url="$(url_of delegation)"
[ -n "$url" ] || { cat "$run/delegation.err" >&2; exit 1; }
agent="7e57b3a1-0000-4000-8000-00000000be01"
curl -sf -X PUT "$url/internal/systemusers/$agent" -H "Authorization: Bearer $platform" \
    -H "Content-Type: application/json" -d @- >/dev/null <<JSON
{"id": "$agent", "integrationTitle": "Bench", "systemId": "315602122_bench", "supplierOrgno": "315602122",
 "supplierName": "SMARTCLOUD AS", "reporteeOrgNo": "$facilitator", "externalRef": "bench", "userType": "agent",
 "rights": [], "accessPackages": [{"urn": "urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet"}],
 "created": "2026-11-23T10:00:00Z"}
JSON
head -200 "$run/clients" | while read -r client; do
    curl -sf -X POST "$url/authentication/api/v1/enduser/systemuser/clients?agent=$agent&client=$client" \
        -H "Authorization: Bearer $user" >/dev/null
done
echo "published agent $agent for $facilitator with 200 delegated clients"

python3 - "$run" "$agent" "$platform" <<'PY'
import sys
run, agent, token = sys.argv[1:4]
clients = open(f"{run}/clients").read().split("\n")[:200]
with open(f"{run}/decide.lua", "w") as f:
    f.write("bodies = {" + ",".join(
        '\'{"subject":"%s","party":"%s","resource":"ske-krav-og-betalinger"}\'' % (agent, c) for c in clients) + "}\n")
    f.write('wrk.method = "POST"\n')
    f.write('wrk.headers["Content-Type"] = "application/json"\n')
    f.write(f'wrk.headers["Authorization"] = "Bearer {token}"\n')
    f.write('request = function() return wrk.format(nil, "/authorization/api/v1/decision", nil, bodies[math.random(#bodies)]) end\n')
PY
# Every decision must be a Permit; check one before measuring.
curl -sf -X POST "$url/authorization/api/v1/decision" -H "Authorization: Bearer $platform" \
    -H "Content-Type: application/json" \
    -d "{\"subject\":\"$agent\",\"party\":\"$(head -1 "$run/clients")\",\"resource\":\"ske-krav-og-betalinger\"}" \
    | grep -q '"Permit"' || { echo "decision is not Permit" >&2; exit 1; }
wrk -t1 -c32 -d2s -s "$run/decide.lua" "$url" >/dev/null  # warm-up
declare -a rates p99s
for round in 1 2 3; do
    if [ "$round" = 2 ] && [ -n "${PERF_OUT:-}" ]; then
        perf record -q -F 999 -g -p "$delegation" -o "$PERF_OUT" -- sleep "$duration" >/dev/null 2>&1 &
        perf_pid=$!
    fi
    out="$(wrk -t1 -c32 -d"${duration}s" --latency -s "$run/decide.lua" "$url")"
    rates+=("$(awk '/Requests\/sec/ {print $2}' <<<"$out")")
    p99s+=("$(awk '$1 == "99%" {print $2}' <<<"$out")")
    echo "round $round: ${rates[-1]} decisions/s, p99 ${p99s[-1]}"
done
python3 -c "
import statistics, sys
print(f'median: {statistics.median(map(float, sys.argv[1:])):.0f} decisions/s')" "${rates[@]}"
[ -n "${perf_pid:-}" ] && wait "$perf_pid"
health="$(wrk -t1 -c32 -d"${duration}s" "$url/health/live" | awk '/Requests\/sec/ {print $2}')"
echo "reference: GET /health/live on the same service: $health req/s"

list="$url/authentication/api/v1/enduser/systemuser/clients/available?agent=$agent"
declare -a times
for round in 1 2 3 4 5; do
    times+=("$(curl -s -o "$run/list.json" -w '%{time_total}' -H "Authorization: Bearer $user" "$list")")
done
echo "clients/available ($(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['data']))" "$run/list.json") clients): ${times[*]} s"
python3 -c "
import statistics, sys
print(f'median clients/available: {statistics.median(map(float, sys.argv[1:])) * 1000:.1f} ms (first call: {float(sys.argv[1]) * 1000:.1f} ms)')" "${times[@]}"
