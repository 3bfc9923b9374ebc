#!/usr/bin/env bash
# Generates a full-size data set and imports it, measuring the import with /usr/bin/time -v.
#   Benchmarks/registry-import.sh [units] [workdir]    (default 1200000 units, a temporary folder)
# Prints the generate summary, the import summary, the load average around the import, wall and CPU
# time, peak RSS, the phase times and the database size.
# Installs nothing; needs /usr/bin/time (Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."
units="${1:-1200000}"
work="${2:-$(mktemp -d)}"
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "missing /usr/bin/time: apt-get install time" >&2; exit 1; }

Benchmarks/release-build.sh RegistryService
bin="$(swift build -c release --show-bin-path)"

echo "generate: $("$bin/RegistryService" generate --units "$units" --out "$work/data")"
rm -f "$work/registry.sqlite"*
echo "load before import: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -v "$bin/RegistryService" import --enheter "$work/data/enheter.json.gz" \
    --underenheter "$work/data/underenheter.json.gz" --roller "$work/data/roller.json.gz" \
    --db "$work/registry.sqlite" >"$work/import.out" 2>"$work/import.err"
echo "import: $(cat "$work/import.out")"
echo "load after import: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E "User time|System time|Elapsed \(wall clock\)|Maximum resident set size" "$work/import.err"
grep -E '"message":"(records loaded|indexes built|quick_check ok|quick_check skipped)"' "$work/import.err"
echo "database: $(du -h "$work/registry.sqlite" | cut -f1) ($(stat -c %s "$work/registry.sqlite") bytes)"
echo "work folder: $work"
