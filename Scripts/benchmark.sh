#!/usr/bin/env bash
# Builds the benchmarks in release mode and prints, per operation: min, median and p90 nanoseconds, and heap
# allocations per operation (counted on Linux by interposing malloc).
# Usage: Scripts/benchmark.sh [ITERATIONS [NAME-FILTER]]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

echo "==> swift build -c release --product smsc-benchmarks" >&2
swift build -c release --product smsc-benchmarks >&2
echo "==> $(uname -m), $(nproc) cores, $(swift --version 2>/dev/null | head -1)" >&2
"$(swift build -c release --show-bin-path)/smsc-benchmarks" "$root" "${1:-2000}" ${2:+"$2"}
