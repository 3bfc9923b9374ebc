#!/usr/bin/env bash
# Scale-out proof on one machine (deploy/registry-replicas.md): nginx as the load balancer in front of
# one Registry primary and three followers on loopback.
#   deploy/registry-scale-out.sh [lookups]        (default 300 lookups; needs nginx and curl)
# 1. Starts the primary, loads the demo scenario (shared/spec/scenario.md) into it, and starts three
#    followers with `serve --follow <primary>`; waits until each is ready.
# 2. Starts nginx: reads round-robin over the followers, writes (PUT/DELETE under /internal) to the
#    primary, and every answer names the node that served it (X-Upstream).
# 3. Sends the lookups through nginx and prints how many each follower served.
# 4. Writes a new unit through nginx (it lands on the primary) and polls every follower directly until
#    each serves it, printing how long that took.
# Exits 0 when the lookups reached all three followers and the write reached all three within 2 s.
set -euo pipefail
cd "$(dirname "$0")/.."
lookups="${1:-300}"
for tool in nginx curl; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install nginx-light curl)" >&2; exit 1; }
done
nginx_bin="$(command -v nginx)"
for product in RegistryService TokenGenerator ScenarioLoader; do
    output="$(swift build --product "$product" 2>&1)" || { printf '%s\n' "$output" >&2; exit 1; }
done
bin="$(swift build --show-bin-path)"
run="$(mktemp -d)"
chmod 755 "$run"
pids=()
cleanup() {
    [ -f "$run/nginx.pid" ] && kill "$(cat "$run/nginx.pid")" 2>/dev/null || true
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$run"
}
trap cleanup EXIT

"$bin/TokenGenerator" keygen --out "$run/keys" >/dev/null
lb_port=$((20000 + RANDOM % 20000))
lb="http://127.0.0.1:$lb_port"

# start_registry NAME [serve arguments...]: starts a node and sets $url to its address (not called in a
# subshell, so that its pid reaches the cleanup).
start_registry() {
    local name="$1"; shift
    mkdir -p "$run/$name"
    PORT=0 LOG_LEVEL=warning SHUTDOWN_GRACE_SECONDS=0 PUBLIC_URL="$lb" FOLLOW_POLL_MS=100 \
        DATABASE_PATH="$run/$name/registry.sqlite" JWKS_PATH="$run/keys/jwks.json" \
        PLATFORM_SIGNING_KEY="$run/keys/private.pem" \
        "$bin/RegistryService" "$@" >"$run/$name.out" 2>"$run/$name.err" &
    pids+=($!)
    for _ in $(seq 200); do grep -q "^listening on" "$run/$name.out" 2>/dev/null && break; sleep 0.05; done
    url="$(sed -n 's/^listening on //p' "$run/$name.out")"
    [ -n "$url" ] || { cat "$run/$name.err" >&2; exit 1; }
}
wait_ready() { # url
    for _ in $(seq 200); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$1/health/ready")" = 200 ] && return 0
        sleep 0.05
    done
    echo "$1 never became ready" >&2; exit 1
}

PORT=0 KEY_DIR="$run/keys" "$bin/TokenGenerator" serve >"$run/tokens.out" 2>"$run/tokens.err" &
pids+=($!)
for _ in $(seq 200); do grep -q "^listening on" "$run/tokens.out" 2>/dev/null && break; sleep 0.05; done
tokens="$(sed -n 's/^listening on //p' "$run/tokens.out")"
token="$(curl -s "$tokens/api/GetPlatformToken?app=scale-out")"

start_registry primary serve
primary="$url"
wait_ready "$primary"
"$bin/ScenarioLoader" --registry "$primary" --tokens "$tokens" >/dev/null
followers=()
for n in 1 2 3; do
    start_registry "follower$n" serve --follow "$primary"
    followers+=("$url")
done
for url in "${followers[@]}"; do wait_ready "$url"; done

servers=""
for url in "${followers[@]}"; do servers+="server ${url#http://}; "; done
cat > "$run/nginx.conf" <<CONF
worker_processes 1;
pid $run/nginx.pid;
error_log $run/nginx.err warn;
events { worker_connections 256; }
http {
    access_log off;
    upstream followers { $servers}
    upstream primary { server ${primary#http://}; }
    map \$request_method \$write { default 0; PUT 1; DELETE 1; POST 1; }
    server {
        listen 127.0.0.1:$lb_port;
        add_header X-Upstream \$upstream_addr always;
        location /internal/ {
            if (\$write) { proxy_pass http://primary; }
            proxy_pass http://followers;
        }
        location / { proxy_pass http://followers; }
    }
}
CONF
"$nginx_bin" -c "$run/nginx.conf" -p "$run" -g 'daemon on;'

echo "load balancer  $lb"
echo "primary        $primary"
for n in 0 1 2; do echo "follower$((n + 1))      ${followers[$n]}"; done

echo
echo "$lookups lookups of scenario units through the load balancer:"
units=(310202398 315710340 314250052 315602122)
for i in $(seq "$lookups"); do
    curl -s -o /dev/null -D - "$lb/enhetsregisteret/api/enheter/${units[$((i % ${#units[@]}))]}" \
        | tr -d '\r' | sed -n 's/^X-Upstream: //Ip'
done | sort | uniq -c | tee "$run/spread"
served_by=$(wc -l < "$run/spread")

echo
orgnr=$(python3 - <<'PY'
import random
w = [3, 2, 7, 6, 5, 4, 3, 2]
while True:
    body = [random.randint(0, 9) for _ in range(8)]
    body[0] = random.choice([8, 9])
    r = 11 - sum(a * b for a, b in zip(w, body)) % 11
    if r == 10: continue
    print("".join(map(str, body)) + str(0 if r == 11 else r)); break
PY
)
echo "writing unit $orgnr through the load balancer (routed to the primary):"
start=$(date +%s%N)
status=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d '{"navn":"SKALERT UT AS","organisasjonsform":"AS"}' \
    "$lb/internal/enheter/$orgnr")
echo "  PUT /internal/enheter/$orgnr -> $status"
reached=0
for n in 0 1 2; do
    for _ in $(seq 400); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "${followers[$n]}/enhetsregisteret/api/enheter/$orgnr")" = 200 ]; then
            elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
            echo "  follower$((n + 1)) serves it after ${elapsed} ms"
            [ "$elapsed" -le 2000 ] && reached=$((reached + 1))
            break
        fi
        sleep 0.01
    done
done

echo
if [ "$served_by" -eq 3 ] && [ "$reached" -eq 3 ]; then
    echo "ok: lookups spread over all three followers, and the write reached all three"
else
    echo "FAILED: lookups reached $served_by of 3 followers; the write reached $reached of 3 within 2 s" >&2
    exit 1
fi
