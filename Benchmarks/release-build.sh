#!/usr/bin/env bash
# Builds products in release mode without the progress lines; when a build fails, prints its output
# (compiler and linker errors) and fails, instead of a benchmark stopping silently.
#   Benchmarks/release-build.sh PRODUCT...
set -uo pipefail
cd "$(dirname "$0")/.."
for product in "$@"; do
    if ! output="$(swift build -c release --product "$product" 2>&1)"; then
        printf '%s\n' "$output" >&2
        echo "release build of $product failed" >&2
        exit 1
    fi
done
