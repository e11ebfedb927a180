#!/usr/bin/env bash
# Runs everything CI proves, in order: a build whose log has no `error:` line (libxml2's headers must never
# reach Swift), the build plugin's regeneration contract, the DocC documentation with warnings as errors and every
# public declaration documented, a package that depends on this one by path and compiles the documentation's
# examples, a smoke run of the benchmark (so it cannot rot; it asserts no timing), the whole test suite, then a
# minute of fuzzing per libFuzzer target (a crash fails the run; Linux only, said when skipped elsewhere).
#
# Needs, besides Swift and libxml2's headers: php-cli with php-soap, python3 with zeep, nginx and wrk; it checks
# for them first and names what is missing.
set -euo pipefail

# A run that proves nothing must not pass: SMSC_RECORD_REFERENCES, set to any value, makes every golden test rewrite
# its golden file and pass, so it stops the run.
if [[ -n "${SMSC_RECORD_REFERENCES+set}" ]]; then
    echo "test.sh: SMSC_RECORD_REFERENCES is set (to '$SMSC_RECORD_REFERENCES'): every reference test would" \
        "rewrite its golden file and pass; unset it to run the tests" >&2
    exit 1
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# What the steps below run besides Swift, checked first so that a machine without one stops here with one message
# instead of failing a suite half-way: PHP's SoapClient and SoapServer and python's zeep (parity and
# interoperability suites), nginx and wrk (the benchmark's smoke run). `.ci/run` installs all of them.
missing=()
for tool in php python3 nginx wrk; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
# Asked of PHP itself: `php -m | grep -q` would fail under pipefail whenever grep's early exit cuts php off.
if command -v php >/dev/null && ! php -r 'exit(extension_loaded("soap") ? 0 : 1);' 2>/dev/null; then
    missing+=("php's soap extension")
fi
if command -v python3 >/dev/null && ! python3 -c "import zeep" 2>/dev/null; then
    missing+=("python's zeep")
fi
if ((${#missing[@]})); then
    printf 'test.sh: missing: %s\n' "${missing[@]}" >&2
    echo "test.sh: install them (apt-get install php-cli php-soap nginx-light wrk; pip install zeep) and rerun" >&2
    exit 1
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

echo "==> swift build --build-tests"
swift build --build-tests 2>&1 | tee "$log"
if grep -n "error:" "$log"; then
    echo "test.sh: the build log has error: lines" >&2
    exit 1
fi

# With the AsyncHTTPClientTransport trait off, SMSC must build without AsyncHTTPClient, SwiftNIO or BoringSSL: a
# folder of its own, so that the main build keeps its default traits.
echo "==> swift build --target SMSC --disable-default-traits"
without_traits=(--scratch-path "$root/.build-without-traits" --disable-default-traits)
swift build "${without_traits[@]}" --target SMSC 2>&1 | tee "$log"
if grep -n "error:" "$log"; then
    echo "test.sh: SMSC does not build without its default traits" >&2
    exit 1
fi
modules="$(swift build "${without_traits[@]}" --show-bin-path)/Modules"
for module in AsyncHTTPClient NIOCore NIOPosix NIOSSL; do
    if [[ -e "$modules/$module.swiftmodule" ]]; then
        echo "test.sh: SMSC without its default traits built $module" >&2
        exit 1
    fi
done

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

# libFuzzer targets build only on Linux (SwiftPM's `<Target>_main` convention and the toolchain's clang); CI runs
# on Linux, so there the step always runs.
if [[ "$(uname -s)" == Linux ]]; then
    echo "==> Scripts/fuzz.sh 60"
    "$root/Scripts/fuzz.sh" 60
else
    echo "==> Scripts/fuzz.sh skipped: libFuzzer targets build only on Linux (this is $(uname -s))"
fi
