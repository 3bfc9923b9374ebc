#!/usr/bin/env bash
# Starts the Token Generator and the four services on localhost with the demo data, prints how to reach
# them, and stops everything cleanly on Ctrl-C. Called by `./run demo`.
set -euo pipefail
cd "$(dirname "$0")/.."

for product in TokenGenerator ScenarioLoader RegistryService RequestService ApprovalService ClientDelegationService; do
    swift build --product "$product"
done
bin="$(swift build --show-bin-path)"

mkdir -p data/logs
if [ ! -f data/keys/private.pem ]; then
    "$bin/TokenGenerator" keygen --out data/keys
fi

pids=()
stop() {
    trap - INT TERM EXIT
    echo
    echo "stopping..."
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    echo "stopped"
}
trap stop INT TERM EXIT

start() {
    local name="$1" port="$2"
    PORT="$port" SHUTDOWN_GRACE_SECONDS=0 "$bin/$name" >"data/logs/$name.out" 2>"data/logs/$name.log" &
    pids+=($!)
    for _ in $(seq 100); do
        grep -q "^listening on" "data/logs/$name.out" 2>/dev/null && break
        sleep 0.1
    done
    grep -q "^listening on" "data/logs/$name.out" || { echo "$name did not start; see data/logs/$name.log" >&2; exit 1; }
    printf '%-26s %s\n' "$name" "$(sed -n 's/^listening on //p' "data/logs/$name.out")"
}

echo "starting (logs in data/logs/):"
start TokenGenerator 8085
start RegistryService 8081
start RequestService 8082
start ApprovalService 8083
start ClientDelegationService 8084

echo
echo "loading the demo scenario (shared/spec/scenario.md) through the Registry's API..."
"$bin/ScenarioLoader" --registry http://127.0.0.1:8081 --tokens http://127.0.0.1:8085

cat <<'TXT'

Try:
  curl -s http://127.0.0.1:8081/enhetsregisteret/api/enheter/310202398
  curl -s http://127.0.0.1:8081/enhetsregisteret/api/enheter/315710340/roller
  curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:8081/enhetsregisteret/api/enheter/315710421
  curl -s http://127.0.0.1:8081/health/ready
  curl -s http://127.0.0.1:8081/metrics | head
  PLATFORM=$(curl -s 'http://127.0.0.1:8085/api/GetPlatformToken?app=demo')
  curl -s -H "Authorization: Bearer $PLATFORM" 'http://127.0.0.1:8081/internal/roles?holder=314250052'
  curl -s -H "Authorization: Bearer $PLATFORM" http://127.0.0.1:8081/internal/health/integrity
  curl -s 'http://127.0.0.1:8085/api/GetEnterpriseToken?org=315602122&scopes=altinn:authentication/systemregister.write'

The services' own APIs are being built (see the open issues); this demo grows with them.
Press Ctrl-C to stop everything.
TXT
wait
