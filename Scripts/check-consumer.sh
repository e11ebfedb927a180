#!/usr/bin/env bash
# Proves that a package depending on this one by path, as users' packages do, builds against its public products,
# and that the documentation's ```swift examples compile as written:
#   1. Scripts/extract-readme-snippets.sh turns the examples of README.md and the DocC articles into
#      Tests/ConsumerFixture/Sources/ReadmeSnippets/ReadmeSnippets.generated.swift (its rules are in its header);
#   2. `swift build --package-path Tests/ConsumerFixture` must succeed with no `error:` line in its log
#      (warnings are allowed);
#   3. the built ReadmeSnippets executable runs once: it links and loads the products and lists the snippets,
#      without calling them (they would call a real SMSC endpoint);
#   4. record and replay, as a user would: `smsc sandbox` starts on a free port, `smsc balance`, `smsc send` and
#      `smsc status` run against it with `--record Tests/ConsumerFixture/Tests/ReplayTests/Recordings`, the sandbox
#      stops, and `swift test --package-path Tests/ConsumerFixture` replays the recordings through SMSCTesting with
#      no server running (ReplayTests, which also shows that a changed request fails with a diff); the same run has
#      the plugin's client of the fixture's own WSDL call a loopback server (PluginTests).
# The fixture has its own .build under Tests/ConsumerFixture (gitignored); its first build compiles
# AsyncHTTPClient, NIO and BoringSSL again, several minutes on two cores. Scripts/bench.sh --smoke builds
# Scripts/Benchmarks in the same folder to reuse them.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

fixture="Tests/ConsumerFixture"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

fail() {
    echo "check-consumer: FAILED: $*" >&2
    exit 1
}

echo "==> Scripts/extract-readme-snippets.sh"
"$root/Scripts/extract-readme-snippets.sh" || fail "the documentation's swift blocks could not be extracted"

echo "==> swift build --package-path $fixture"
if ! swift build --package-path "$fixture" 2>&1 | tee "$log"; then
    fail "the consumer fixture does not build (errors in the documentation point at its files and lines)"
fi
if grep -n "error:" "$log" >&2; then
    fail "the consumer fixture's build log has error: lines"
fi

executable="$(swift build --package-path "$fixture" --show-bin-path)/ReadmeSnippets"
echo "==> $executable"
"$executable" || fail "the ReadmeSnippets executable failed"

echo "==> recording against smsc sandbox"
swift build --product smsc >/dev/null
smsc="$(swift build --show-bin-path)/smsc"
recordings="$fixture/Tests/ReplayTests/Recordings"
rm -rf "$recordings"
# The sandbox prints its endpoint on its first line; it stops by itself after 300 s if this script dies.
exec 3< <("$smsc" sandbox --port 0 --stop-after 300)
sandbox=$!
read -r banner <&3
endpoint="${banner##* }"
service=(--endpoint "$endpoint" --login demo --password demo --record "$recordings")
"$smsc" balance "${service[@]}" >/dev/null || fail "smsc balance --record failed"
"$smsc" send --phones 79990000001 --message "Recorded once, replayed in CI" --id consumer-1 "${service[@]}" >/dev/null \
    || fail "smsc send --record failed"
"$smsc" status --phone 79990000001 --id consumer-1 --all 1 "${service[@]}" >/dev/null || fail "smsc status --record failed"
kill "$sandbox" 2>/dev/null || true
exec 3<&-
ls "$recordings"

echo "==> swift test --package-path $fixture (replaying with no server; the plugin on the fixture's own WSDL)"
if ! swift test --package-path "$fixture" 2>&1 | tee "$log"; then
    fail "the replay tests failed"
fi
if grep -n "error:" "$log" >&2; then
    fail "the consumer fixture's test log has error: lines"
fi

echo "check-consumer: the fixture builds against the public products, the documentation's examples compile, and a session recorded with smsc --record replays"
