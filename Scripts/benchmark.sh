#!/usr/bin/env bash
# Builds the benchmarks in release mode and prints, per operation: min, median and p90 nanoseconds, and heap
# allocations per operation (counted on Linux by interposing malloc).
# Usage: Scripts/benchmark.sh [ITERATIONS [NAME-FILTER]]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# The release build has a folder of its own (shared with Scripts/bench.sh), so measuring never waits for or
# invalidates the debug build.
echo "==> swift build -c release --scratch-path .build-bench --product smsc-benchmarks" >&2
swift build -c release --scratch-path "$root/.build-bench" --product smsc-benchmarks >&2
echo "==> $(uname -m), $(nproc) cores, $(swift --version 2>/dev/null | head -1)" >&2
"$(swift build -c release --scratch-path "$root/.build-bench" --show-bin-path)/smsc-benchmarks" "$root" "${1:-2000}" ${2:+"$2"}
