#!/usr/bin/env bash
# Runs everything CI proves, in order: a build whose log has no `error:` line (libxml2's headers must never
# reach Swift), the build plugin's regeneration contract, the DocC documentation with warnings as errors and every
# public declaration documented, a package that depends on this one by path and compiles the documentation's
# examples, a smoke run of the benchmark (so it cannot rot; it asserts no timing), the whole
# test suite, then a minute of fuzzing per libFuzzer target (a crash fails the run).
set -euo pipefail

# A run that proves nothing must not pass: SMSC_RECORD_REFERENCES makes every golden test rewrite its golden and
# pass, and SMSC_SKIP_INTEROP leaves the interoperability suite out. Either one, set to any value, stops the run.
refuse() {
    echo "test.sh: $1 is set (to '${!1}'): $2; unset it to run the tests" >&2
    exit 1
}
[[ -z "${SMSC_RECORD_REFERENCES+set}" ]] ||
    refuse SMSC_RECORD_REFERENCES "every reference test would rewrite its golden file and pass"
[[ -z "${SMSC_SKIP_INTEROP+set}" ]] ||
    refuse SMSC_SKIP_INTEROP "the sandbox's interoperability suite would not run"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

echo "==> swift build --build-tests"
swift build --build-tests 2>&1 | tee "$log"
if grep -n "error:" "$log"; then
    echo "test.sh: the build log has error: lines" >&2
    exit 1
fi

echo "==> Scripts/check-plugin-rebuild.sh"
"$root/Scripts/check-plugin-rebuild.sh"

echo "==> Scripts/check-docs.sh"
"$root/Scripts/check-docs.sh"

echo "==> Scripts/check-consumer.sh"
"$root/Scripts/check-consumer.sh"

# After check-consumer.sh: the smoke run builds smsc-load (Scripts/Benchmarks) in the consumer fixture's build
# folder, where the root package's products and their dependencies are compiled already.
echo "==> Scripts/bench.sh --smoke"
"$root/Scripts/bench.sh" --smoke

echo "==> swift test"
swift test

echo "==> Scripts/fuzz.sh 60"
"$root/Scripts/fuzz.sh" 60
