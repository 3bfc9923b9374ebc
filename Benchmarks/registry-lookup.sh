#!/usr/bin/env bash
# Lookup throughput on an imported data set (run Benchmarks/registry-import.sh first):
#   Benchmarks/registry-lookup.sh WORKDIR [duration-seconds]
# 1. GET /enhetsregisteret/api/enheter/{orgnr} spread over 20,000 random active enheter (wrk + Lua),
#    against nginx serving one such JSON document as a static file; two alternating runs each.
# 2. GET /internal/roles?holder= over 20,000 random role holders with a platform token: req/s and p99.
# 3. The same route's server time (the access log's durationMs, a restarted Registry at LOG_LEVEL=info),
#    one connection: random holders, then holders of 10 to 100 roles (the spec's target: p99 under 1 ms).
# Needs wrk, nginx and python3 (for reading the numbers out of the database); installs nothing.
# REGISTRY_BIN=/path/to/RegistryService compares another build (default: this package's release build).
# ROUNDS=N alternates N pairs of runs (default 2); the machine is noisy, so more rounds give a steadier median.
# nginx runs one worker per core (NGINX_WORKERS, default auto), as the Registry runs one event loop per
# core (HTTP_EVENT_LOOPS defaults to the core count).
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:?usage: Benchmarks/registry-lookup.sh WORKDIR [seconds]}"
duration="${2:-10}"
for tool in wrk nginx python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done
Benchmarks/release-build.sh RegistryService TokenGenerator
bin="$(swift build -c release --show-bin-path)"
run="$(mktemp -d)"
chmod 755 "$run"
cleanup() {
    [ -n "${registry:-}" ] && kill "$registry" 2>/dev/null || true
    [ -f "$run/nginx.pid" ] && kill "$(cat "$run/nginx.pid")" 2>/dev/null || true
    rm -rf "$run"
}
trap cleanup EXIT

"$bin/TokenGenerator" keygen --out "$run/keys" >/dev/null
PORT=0 LOG_LEVEL=warning SHUTDOWN_GRACE_SECONDS=0 DATABASE_PATH="$work/registry.sqlite" \
    JWKS_PATH="$run/keys/jwks.json" PLATFORM_SIGNING_KEY="$run/keys/private.pem" \
    "${REGISTRY_BIN:-$bin/RegistryService}" >"$run/registry.out" 2>"$run/registry.err" &
registry=$!
for _ in $(seq 300); do grep -q "listening on" "$run/registry.out" 2>/dev/null && break; sleep 0.1; done
url="$(sed -n 's/^listening on //p' "$run/registry.out")"
[ -n "$url" ] || { cat "$run/registry.err" >&2; exit 1; }
token="$(KEY_DIR="$run/keys" "$bin/TokenGenerator" token platform --app bench)"

python3 - "$work/registry.sqlite" "$run" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
units = [r[0] for r in db.execute("SELECT orgnr FROM units WHERE kind='enhet' AND status='active' ORDER BY random() LIMIT 20000")]
holders = [r[0] for r in db.execute("SELECT DISTINCT holder FROM roles WHERE holder IS NOT NULL ORDER BY random() LIMIT 20000")]
def lua(name, paths, header=None):
    with open(f"{sys.argv[2]}/{name}.lua", "w") as f:
        f.write("paths = {" + ",".join(f'"{p}"' for p in paths) + "}\n")
        if header: f.write(f'wrk.headers["Authorization"] = "Bearer {header}"\n')
        f.write("request = function() return wrk.format(nil, paths[math.random(#paths)]) end\n")
lua("units", [f"/enhetsregisteret/api/enheter/{u}" for u in units])
lua("holders", [f"/internal/roles?holder={h}" for h in holders], header="TOKEN")
heavy = [r[0] for r in db.execute("SELECT holder FROM roles WHERE holder IS NOT NULL GROUP BY holder "
                                   "HAVING count(*) BETWEEN 10 AND 100 ORDER BY random() LIMIT 2000")]
lua("heavy", [f"/internal/roles?holder={h}" for h in heavy], header="TOKEN")
open(f"{sys.argv[2]}/one", "w").write(units[0])
PY
sed -i "s/TOKEN/$token/" "$run/holders.lua" "$run/heavy.lua"

mkdir -p "$run/www"
curl -s "$url/enhetsregisteret/api/enheter/$(cat "$run/one")" > "$run/www/unit.json"
chmod -R a+rX "$run/www"
port=$((20000 + RANDOM % 20000))
cat > "$run/nginx.conf" <<CONF
worker_processes ${NGINX_WORKERS:-auto};
pid $run/nginx.pid;
error_log $run/nginx.err warn;
events { worker_connections 1024; }
http {
    access_log off; sendfile on; tcp_nopush on; tcp_nodelay on; keepalive_requests 100000;
    default_type application/json;
    server { listen 127.0.0.1:$port; root $run/www; }
}
CONF
nginx -c "$run/nginx.conf" -p "$run"
sleep 0.3
echo "unit document: $(stat -c %s "$run/www/unit.json") bytes"

rps() { awk '/Requests\/sec/ {print $2}'; }
# Both sides warm up first (our page caches start cold in a fresh process).
wrk -t1 -c32 -d2s "http://127.0.0.1:$port/unit.json" >/dev/null
wrk -t1 -c32 -d2s -s "$run/units.lua" "$url" >/dev/null
declare -a ours theirs
rounds="${ROUNDS:-2}"
for round in $(seq "$rounds"); do
    theirs+=("$(wrk -t1 -c32 -d"${duration}s" "http://127.0.0.1:$port/unit.json" | rps)")
    ours+=("$(wrk -t1 -c32 -d"${duration}s" -s "$run/units.lua" "$url" | rps)")
    echo "round $round: nginx ${theirs[-1]} req/s, registry lookups ${ours[-1]} req/s"
done
# Each round's two runs are back to back, so the per-round ratio cancels slow drifts in the machine's load.
python3 -c "
import statistics, sys
k = len(sys.argv) // 2
ours, theirs = list(map(float, sys.argv[1:k + 1])), list(map(float, sys.argv[k + 1:]))
o, n = statistics.median(ours), statistics.median(theirs)
ratios = [a / b for a, b in zip(ours, theirs)]
print(f'median: registry {o:.0f} req/s, nginx {n:.0f} req/s, ratio {o / n:.2f}; '
      f'per-round ratios {\" \".join(f\"{r:.2f}\" for r in ratios)} (median {statistics.median(ratios):.2f})')" "${ours[@]}" "${theirs[@]}"

echo "reverse role lookup (/internal/roles?holder=, 20,000 random holders):"
wrk -t1 -c32 -d"${duration}s" --latency -s "$run/holders.lua" "$url" | grep -E "Requests/sec|^ +(50|99)%"

# Server time comes from the access log, so this part runs against a Registry restarted at LOG_LEVEL=info
# (the throughput runs above log warnings only, as nginx logs nothing).
kill "$registry"; wait "$registry" 2>/dev/null || true
PORT=0 LOG_LEVEL=info SHUTDOWN_GRACE_SECONDS=0 DATABASE_PATH="$work/registry.sqlite" \
    JWKS_PATH="$run/keys/jwks.json" PLATFORM_SIGNING_KEY="$run/keys/private.pem" \
    "${REGISTRY_BIN:-$bin/RegistryService}" >"$run/registry-info.out" 2>"$run/registry-info.err" &
registry=$!
for _ in $(seq 300); do grep -q "listening on" "$run/registry-info.out" 2>/dev/null && break; sleep 0.1; done
url="$(sed -n 's/^listening on //p' "$run/registry-info.out")"
[ -n "$url" ] || { cat "$run/registry-info.err" >&2; exit 1; }
for holders in holders heavy; do
    wrk -t1 -c1 -d2s -s "$run/$holders.lua" "$url" >/dev/null
    from=$(($(wc -l <"$run/registry-info.err") + 1))
    requests="$(wrk -t1 -c1 -d"${duration}s" -s "$run/$holders.lua" "$url" | rps)"
    tail -n +"$from" "$run/registry-info.err" | python3 -c "
import json, sys
times = sorted(json.loads(line)['durationMs'] for line in sys.stdin
               if '\"route\":\"/internal/roles\"' in line and '\"status\":200' in line)
label = {'holders': 'random holders', 'heavy': 'holders of 10 to 100 roles'}['$holders']
print(f'server time, {label}, 1 connection: $requests req/s, n={len(times)}, '
      f'p50 {times[len(times) // 2]:.3f} ms, p99 {times[int(len(times) * 0.99)]:.3f} ms')"
done
