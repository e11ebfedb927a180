#!/usr/bin/env bash
# The soak: sends MESSAGES (100,000 by default) through SMSCClient to an in-process SMSC sandbox that injects every
# kind of fault at random (connection resets before and after the service acts, delays past the deadline, 502 and
# 503 pages, truncated replies, error 9 and error 4), then checks each message against what the sandbox accepted.
# Prints a table of outcomes, the faults injected by kind, the resident memory after each tenth and the peak RSS;
# exits 1 if any message was sent twice or is unaccounted for.
#
# Usage: Scripts/soak.sh [MESSAGES [smsc-soak options…]]
#   e.g. Scripts/soak.sh 100000 --fault-rate 0.2 --transport ahc --seed 7
# A short run of its engine (Tests/SMSCSoak) on each transport is a test (SMSCSandboxTests/SoakTests).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
messages="${1:-100000}"
shift || true

# smsc-soak is in the measurements' package (Scripts/Benchmarks). Its release build shares Scripts/bench.sh's
# folder, so measuring never waits for or invalidates the debug build.
build=(--package-path "$root/Scripts/Benchmarks" -c release --scratch-path "$root/.build-bench")
echo "==> swift build ${build[*]} --product smsc-soak" >&2
swift build "${build[@]}" --product smsc-soak >&2
echo "==> $(uname -m), $(nproc) cores, $(swift --version 2>/dev/null | head -1)" >&2
"$(swift build "${build[@]}" --show-bin-path)/smsc-soak" --messages "$messages" "$@"
