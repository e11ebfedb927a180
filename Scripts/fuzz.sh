#!/usr/bin/env bash
# Builds the libFuzzer targets (Tests/Fuzz) with -sanitize=fuzzer,address and runs each for SECONDS (60 by default),
# starting from seed corpora made of the test fixtures. Prints, per target, the executions, executions per second,
# the coverage reached (libFuzzer's `cov`, edges, and `ft`, features) and the crashes found; exits 1 if any target
# crashed, leaving the input that did it in .build-fuzz/artifacts/TARGET/ (turn each into a regression test).
#
# Usage: Scripts/fuzz.sh [SECONDS [TARGET...]]
#   targets: FuzzSOAPResponse FuzzWSDLParser FuzzCSVReader FuzzJournalReader (all by default)
# Linux only (SwiftPM's `<Target>_main` convention and libFuzzer from the toolchain's clang). The corpus grows in
# .build-fuzz/corpus/TARGET between runs.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(FuzzSOAPResponse FuzzWSDLParser FuzzCSVReader FuzzJournalReader)
fi

work="$root/.build-fuzz"
flags=(-c release --scratch-path "$work" -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing -Xswiftc -use-ld=lld)
for target in "${targets[@]}"; do
    echo "==> SMSC_FUZZ=1 swift build ${flags[*]} --product $target" >&2
    SMSC_FUZZ=1 swift build "${flags[@]}" --product "$target" >&2
done
bin="$(SMSC_FUZZ=1 swift build "${flags[@]}" --show-bin-path)"

# Seed corpora: what the tests feed the same code.
seeds="$work/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{FuzzSOAPResponse,FuzzWSDLParser,FuzzCSVReader,FuzzJournalReader}
envelopes=Tests/SMSCTests/Fixtures/envelopes
# FuzzSOAPResponse: a selector byte (the operation in the low 3 bits, 0x10 for HTTP 500), then the body.
selector() {
    case "$1" in
        01_*) printf '\x00' ;; 02*) printf '\x01' ;; 03*) printf '\x02' ;; 04_*) printf '\x03' ;;
        05_*) printf '\x04' ;; 06_*) printf '\x05' ;; 07_*) printf '\x06' ;; 08_*) printf '\x15' ;;
    esac
}
# Each recorded exchange's reply: the body after the response head, without the line feed that ends the file.
for exchange in "$envelopes"/*.http; do
    name="$(basename "$exchange" .http)"
    { selector "$name"; sed -n '/^HTTP\/1\.[01] /,$p' "$exchange" | sed '1,/^$/d' | head -c -1; } >"$seeds/FuzzSOAPResponse/$name"
done
cp wsdl/smsc.wsdl "$seeds/FuzzWSDLParser/smsc.wsdl"
find Tests/WSDLGeneratorCoreTests/Resources -name '*.wsdl' -o -name '*.xsd' | while read -r file; do
    cp "$file" "$seeds/FuzzWSDLParser/$(basename "$file")"
done
printf 'phones,message,id,sender\n79990000001,Hello,a1,Shop\n"79990000002;79990000003","Line one\nline ""two""",,\n' \
    >"$seeds/FuzzCSVReader/rows.csv"
printf '\xef\xbb\xbfphones,message\r\n79990000001,Привет\r\n' >"$seeds/FuzzCSVReader/bom-crlf.csv"
digest() { printf '%s' "$1" | sha256sum | cut -c1-64; }
{
    printf '{"journal":"smsc-bulk","version":3,"command":"send https://smsc.ru/sys/soap.php login=alex","window":4}\n'
    printf '{"row":1,"digest":"%s","state":"started"}\n' "$(digest a)"
    printf '{"row":2,"digest":"%s","state":"started"}\n' "$(digest b)"
    printf '{"row":2,"digest":"%s","outcome":{"id":"12","cnt":1,"cost":2.50},"exit":0}\n' "$(digest b)"
    printf '{"row":1,"digest":"%s","outcome":{"error":{"kind":"service","code":3,"message":"x"}},"exit":1}\n' "$(digest a)"
    printf '{"row":3,"digest":"%s","state":"started"}\n{"row":3,"dig' "$(digest c)"
} >"$seeds/FuzzJournalReader/journal.jsonl"

summary="$work/summary.txt"
: >"$summary"
failed=0
for target in "${targets[@]}"; do
    corpus="$work/corpus/$target"
    artifacts="$work/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    log="$work/$target.log"
    echo "==> $target for ${seconds}s" >&2
    status=0
    "$bin/$target" "$corpus" "$seeds/$target" -max_total_time="$seconds" -max_len=8192 -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1 || status=$?
    runs="$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)"
    speed="$(grep -o "stat::average_exec_per_sec: *[0-9]*" "$log" | grep -o "[0-9]*$" || echo 0)"
    coverage="$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 || true)"
    crashes="$(find "$artifacts" -type f | wc -l)"
    printf '%-20s %10s runs %8s exec/s   %-22s %s crash(es)\n' "$target" "$runs" "$speed" "${coverage:-cov: ?}" "$crashes" | tee -a "$summary"
    if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
        failed=1
        echo "!! $target failed (exit $status); its log: $log" >&2
        grep -E 'ERROR|SUMMARY|Fatal error|artifact' "$log" | head -20 >&2 || true
    fi
done
exit "$failed"
