#!/usr/bin/env bash
# Compares our HTTP server with nginx serving the same bytes as a static file, in one run.
#   Benchmarks/http-vs-nginx.sh [duration-seconds]   (default 10)
# Needs wrk and nginx (Debian packages `wrk`, `nginx-light` or `nginx`); installs nothing itself.
# Our side is a real service route (`GET /health/live` of the Registry Service, release build, full
# middleware chain, LOG_LEVEL=warning so the access log is off). nginx: worker_processes 1,
# access_log off, keepalive_requests 100000, sendfile on. Load: wrk -t1 -c32, alternating the
# targets, two runs each; the ratio uses the medians (here: the mean of the two runs).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"

for tool in wrk nginx; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install wrk nginx-light" >&2; exit 1; }
done

Benchmarks/release-build.sh RegistryService TokenGenerator
bin="$(swift build -c release --show-bin-path)"

work="$(mktemp -d)"
cleanup() {
    [ -n "${ours:-}" ] && kill "$ours" 2>/dev/null || true
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$bin/TokenGenerator" keygen --out "$work/keys" >/dev/null
PORT=0 LOG_LEVEL=warning DATABASE_PATH="$work/registry.sqlite" JWKS_PATH="$work/keys/jwks.json" \
    PLATFORM_SIGNING_KEY="$work/keys/private.pem" "$bin/RegistryService" >"$work/ours.out" 2>"$work/ours.err" &
ours=$!
for _ in $(seq 100); do grep -q "listening on" "$work/ours.out" 2>/dev/null && break; sleep 0.1; done
ours_url="$(sed -n 's/^listening on //p' "$work/ours.out")"
[ -n "$ours_url" ] || { echo "our server did not start:" >&2; cat "$work/ours.err" >&2; exit 1; }

mkdir -p "$work/www/health"
chmod 755 "$work" "$work/www" "$work/www/health"   # nginx workers may run as another user
curl -s "$ours_url/health/live" > "$work/www/health/live"
nginx_port=$((20000 + RANDOM % 20000))
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx.err warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_requests 100000;
    default_type application/json;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
    }
}
CONF
nginx -c "$work/nginx.conf" -p "$work"
sleep 0.3
nginx_url="http://127.0.0.1:$nginx_port"
ours_body="$(curl -s "$ours_url/health/live")"
nginx_body="$(curl -s "$nginx_url/health/live")"
echo "ours: $ours_body   nginx: $nginx_body"
[ "$ours_body" = "$nginx_body" ] || { echo "the two servers do not serve the same bytes" >&2; exit 1; }

rps() { wrk -t1 -c32 -d"${duration}s" "$1/health/live" | awk '/Requests\/sec/ {print $2}'; }
declare -a ours_runs nginx_runs
for round in 1 2; do
    nginx_runs+=("$(rps "$nginx_url")")
    ours_runs+=("$(rps "$ours_url")")
    echo "round $round: nginx ${nginx_runs[-1]} req/s, ours ${ours_runs[-1]} req/s"
done
python3 - "${ours_runs[@]}" "${nginx_runs[@]}" <<'PY'
import statistics, sys
v = [float(x) for x in sys.argv[1:]]
ours, nginx = statistics.median(v[:2]), statistics.median(v[2:])
print(f"median: ours {ours:.0f} req/s, nginx {nginx:.0f} req/s, ratio {ours / nginx:.2f}")
PY
