#!/usr/bin/env bash
# Proves that a package depending on this one by path, as users' packages do, builds against its public products,
# and that the documentation's ```swift examples compile as written:
#   1. Scripts/extract-readme-snippets.sh turns the examples of README.md and the DocC articles into
#      Tests/ConsumerFixture/Sources/ReadmeSnippets/ReadmeSnippets.generated.swift (its rules are in its header);
#   2. `swift build --package-path Tests/ConsumerFixture` must succeed with no `error:` line in its log
#      (warnings are allowed);
#   3. the built ReadmeSnippets executable runs once: it links and loads the products and lists the snippets,
#      without calling them (they would call a real SMSC endpoint).
# The fixture has its own .build under Tests/ConsumerFixture (gitignored); its first build compiles
# AsyncHTTPClient, NIO and BoringSSL again, several minutes on two cores.
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

echo "check-consumer: the fixture builds against the public products and the documentation's examples compile"
