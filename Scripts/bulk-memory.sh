#!/usr/bin/env bash
# Measures what a bulk run costs in memory as the file grows: sends CSV files of increasing length through
# `smsc send --csv --journal` against a local `smsc sandbox`, and prints rows, seconds and the tool's peak
# resident memory (GNU time's %M) for each. Flat memory means the last column does not grow with the rows.
# Usage: Scripts/bulk-memory.sh [ROWS...]   (default: 1000 10000 50000)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
sizes=("$@")
((${#sizes[@]})) || sizes=(1000 10000 50000)

echo "==> swift build -c release --product smsc" >&2
swift build -c release --product smsc >&2
smsc="$(swift build -c release --show-bin-path)/smsc"
work="$(mktemp -d)"
sandbox_pid=""
cleanup() {
    [[ -n "$sandbox_pid" ]] && kill "$sandbox_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# The sandbox is a separate process, so its own growth (it keeps every message) is not counted.
"$smsc" sandbox --port 0 --account bench:bench:100000000 --stop-after 3600 >"$work/sandbox.out" &
sandbox_pid=$!
for _ in $(seq 100); do
    grep -q "listening on" "$work/sandbox.out" 2>/dev/null && break
    sleep 0.1
done
endpoint="$(head -1 "$work/sandbox.out" | awk '{print $NF}')"
echo "==> sandbox at $endpoint" >&2

printf "%10s %10s %14s\n" rows seconds "peak RSS KiB"
for rows in "${sizes[@]}"; do
    csv="$work/rows-$rows.csv"
    awk -v n="$rows" 'BEGIN { print "phones,message,id"; for (i = 1; i <= n; i++) printf "7999%07d,message %d of a %d-row file,b%d-%d\n", i, i, n, n, i }' >"$csv"
    start=$(date +%s.%N)
    SMSC_ENDPOINT="$endpoint" SMSC_LOGIN=bench SMSC_PASSWORD=bench \
        /usr/bin/time -f "%M" -o "$work/rss" "$smsc" send --csv "$csv" --journal "$work/rows-$rows.journal" --concurrency 4 >"$work/out-$rows.jsonl"
    end=$(date +%s.%N)
    lines=$(wc -l <"$work/out-$rows.jsonl")
    [[ "$lines" == "$rows" ]] || { echo "bulk-memory.sh: expected $rows lines, got $lines" >&2; exit 1; }
    printf "%10d %10.1f %14d\n" "$rows" "$(echo "$end - $start" | bc)" "$(cat "$work/rss")"
done
