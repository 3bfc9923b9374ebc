#!/usr/bin/env bash
# Checks the README's first command the way a person uses it: starts `./run demo` on a fresh data folder,
# waits for its walkthrough, runs deploy/walkthrough.sh against it, checks the answers, then stops the
# demo with Ctrl-C (SIGINT) and checks that everything stopped. `./run test` runs it before the unit and
# integration tests. Exits 0 when all holds; skips (exit 0, with a message) when a demo port is taken.
set -euo pipefail
cd "$(dirname "$0")/.."
for port in 8081 8082 8083 8084 8085 8089; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "demo check skipped: port $port is in use (is a demo running?)"
        exit 0
    fi
done
work="$(mktemp -d)"
log="$work/demo.log"
: >"$log"
# Job control gives the demo its own process group with SIGINT at its default, as in a terminal (a plain
# background job of a script would ignore SIGINT).
set -m
DEMO_DATA="$work/data" ./run demo >"$log" 2>&1 &
demo=$!
set +m
cleanup() { kill -KILL -- "-$demo" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

for _ in $(seq 600); do
    grep -q "Press Ctrl-C" "$log" && break
    kill -0 "$demo" 2>/dev/null || { echo "demo check: the demo exited early:" >&2; cat "$log" >&2; exit 1; }
    sleep 0.2
done
grep -q "Press Ctrl-C" "$log" || { echo "demo check: the demo did not come up in 120 s:" >&2; cat "$log" >&2; exit 1; }

bash deploy/walkthrough.sh >"$work/walkthrough.out" 2>&1 || {
    echo "demo check: the walkthrough failed:" >&2; cat "$work/walkthrough.out" >&2; exit 1; }
for expected in "status New" '"redirectKind":"vendor"' "SmartCloud polls: Accepted" "AUTH-00016" \
        "escalated by 02829241792" "available: 315710340" "available: 315710359" "AUTH-00080" \
        "315710340 Permit agent.client-delegation" "315710367 NotApplicable agent.not-delegated" "walkthrough complete"; do
    grep -qF -- "$expected" "$work/walkthrough.out" || {
        echo "demo check: the walkthrough's answer lacks '$expected':" >&2; cat "$work/walkthrough.out" >&2; exit 1; }
done
curl -sf -o /dev/null http://localhost:8089/receipt/ || { echo "demo check: no receipt page on 8089" >&2; exit 1; }

kill -INT -- "-$demo"
for _ in $(seq 150); do kill -0 "$demo" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$demo" 2>/dev/null; then echo "demo check: Ctrl-C did not stop the demo in 30 s" >&2; exit 1; fi
grep -q "^stopped" "$log" || { echo "demo check: the demo did not report 'stopped':" >&2; tail -20 "$log" >&2; exit 1; }
for port in 8081 8082 8083 8084 8085 8089; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "demo check: port $port still open after Ctrl-C" >&2; exit 1; fi
done
echo "demo check: ./run demo started every service, the walkthrough's $(grep -c '^==' "$work/walkthrough.out") steps gave the expected answers, and Ctrl-C stopped everything"
