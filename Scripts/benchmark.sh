#!/usr/bin/env bash
# Builds the benchmarks (smsc-benchmarks, in Scripts/Benchmarks) in release mode and prints, per operation: min,
# median and p90 nanoseconds, and heap allocations per operation (counted on Linux by interposing malloc).
# Usage: Scripts/benchmark.sh [ITERATIONS [NAME-FILTER]]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# The release build has a folder of its own (shared with Scripts/bench.sh and Scripts/soak.sh), so measuring never
# waits for or invalidates the debug build. smsc-wsdl-gen, the root package's, goes beside smsc-benchmarks, which
# times its runs.
build=(--package-path "$root/Scripts/Benchmarks" -c release --scratch-path "$root/.build-bench")
echo "==> swift build ${build[*]} --product smsc-benchmarks, --product smsc-wsdl-gen" >&2
swift build "${build[@]}" --product smsc-benchmarks >&2
swift build "${build[@]}" --product smsc-wsdl-gen >&2
echo "==> $(uname -m), $(nproc) cores, $(swift --version 2>/dev/null | head -1)" >&2
"$(swift build "${build[@]}" --show-bin-path)/smsc-benchmarks" "$root" "${1:-2000}" ${2:+"$2"}
