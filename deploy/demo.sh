#!/usr/bin/env bash
# Starts the Token Generator and the four services on localhost with the demo data, prints how to reach
# them, and stops everything cleanly on Ctrl-C. Called by `./run demo`.
# DEMO_DATA (default ./data) holds the databases, keys and logs; deploy/demo-check.sh uses a fresh one.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${DEMO_DATA:-data}"

for product in TokenGenerator ScenarioLoader RegistryService RequestService ApprovalService ClientDelegationService; do
    swift build --product "$product"
done
bin="$(swift build --show-bin-path)"

mkdir -p "$data/logs"
if [ ! -f "$data/keys/private.pem" ]; then
    "$bin/TokenGenerator" keygen --out "$data/keys"
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
    PORT="$port" SHUTDOWN_GRACE_SECONDS=0 APPROVAL_DEMO_LOGIN=1 DATABASE_PATH="$data/$name.sqlite" \
        KEY_DIR="$data/keys" JWKS_PATH="$data/keys/jwks.json" PLATFORM_SIGNING_KEY="$data/keys/private.pem" \
        "$bin/$name" >"$data/logs/$name.out" 2>"$data/logs/$name.log" &
    pids+=($!)
    for _ in $(seq 100); do
        grep -q "^listening on" "$data/logs/$name.out" 2>/dev/null && break
        sleep 0.1
    done
    grep -q "^listening on" "$data/logs/$name.out" || { echo "$name did not start; see $data/logs/$name.log" >&2; exit 1; }
    printf '%-26s %s\n' "$name" "$(sed -n 's/^listening on //p' "$data/logs/$name.out")"
}

echo "starting (logs in $data/logs/):"
start TokenGenerator 8085
start RegistryService 8081
start RequestService 8082
start ApprovalService 8083
start ClientDelegationService 8084

# SmartCloud's receipt page (scenario.md §6: http://localhost:8089/receipt), where an approval sends the browser.
if command -v python3 >/dev/null; then
    mkdir -p "$data/receipt/receipt"
    cat > "$data/receipt/receipt/index.html" <<'HTML'
<!doctype html><html lang="nb"><meta charset="utf-8"><title>SmartCloud</title>
<body style="font-family:sans-serif;margin:3em"><h1>SmartCloud</h1><p>Takk! Systemtilgangen er behandlet.</p></body></html>
HTML
    python3 -m http.server 8089 --bind 127.0.0.1 --directory "$data/receipt" >"$data/logs/receipt.log" 2>&1 &
    pids+=($!)
    printf '%-26s %s\n' "vendor receipt page" "http://localhost:8089/receipt"
fi

echo
echo "loading the demo scenario (shared/spec/scenario.md) through the services' APIs..."
"$bin/ScenarioLoader" --registry http://127.0.0.1:8081 --tokens http://127.0.0.1:8085 \
    --delegation http://127.0.0.1:8084 --requests http://127.0.0.1:8082

cat <<'TXT'

Open the approval page as a person would: create a request (step J1 below), open its confirmUrl in a
browser, log in as DRESS MINST on the demo login page (not a production login), and press Godkjenn.

The walkthrough (deploy/walkthrough.sh; run it whole with `bash deploy/walkthrough.sh`, or paste steps):
TXT
sed -n '/^TOKENS=/,$p' deploy/walkthrough.sh
cat <<'TXT'

Press Ctrl-C to stop everything.
TXT
wait
