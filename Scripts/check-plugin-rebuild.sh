#!/usr/bin/env bash
# Proves the build plugin's contract on this checkout's own build folder:
#   1. an unchanged wsdl/smsc.wsdl does not rerun the generator;
#   2. editing a field in wsdl/smsc.wsdl regenerates the Swift on the next `swift build`;
#   3. restoring the WSDL restores the generated Swift.
# The WSDL is restored on exit, whatever happens.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

wsdl="wsdl/smsc.wsdl"
backup="$(mktemp)"
log="$(mktemp)"
cp "$wsdl" "$backup"
restore() {
    cp "$backup" "$wsdl"
    rm -f "$backup" "$log"
}
trap restore EXIT

fail() {
    echo "check-plugin-rebuild: FAILED: $*" >&2
    echo "--- build log:" >&2
    cat "$log" >&2
    exit 1
}

build() {
    swift build --target SMSC >"$log" 2>&1 || fail "swift build --target SMSC failed"
    if grep -n "error:" "$log" >&2; then fail "the build log has error: lines"; fi
}

generated_file() {
    find .build/plugins/outputs -path '*/SMSC/destination/WSDLGeneratorPlugin/GeneratedSources/smsc.wsdl.swift' -print -quit
}

echo "==> building SMSC with the committed WSDL"
build
file="$(generated_file)"
[[ -n "$file" ]] || fail "no generated smsc.wsdl.swift under .build/plugins/outputs"
grep -q "package var statusName: Swift.String?" "$file" || fail "the generated file lacks statusName"

echo "==> rebuilding with the WSDL unchanged: the generator must not run"
build
if grep -q "Generating Swift from smsc.wsdl" "$log"; then fail "the generator ran although the WSDL did not change"; fi

echo "==> adding element sms_cnt to StatusResponseType: the generator must run and emit smsCnt"
python3 - "$wsdl" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
anchor = '<xsd:complexType name="StatusResponseType">'
start = text.index(anchor)
message = '<xsd:element name="message" type="xsd:string" minOccurs="0"/>'
at = text.index(message, start) + len(message)
text = text[:at] + '\n          <xsd:element name="sms_cnt" type="xsd:int" minOccurs="0"/>' + text[at:]
open(path, "w", encoding="utf-8").write(text)
PY
build
grep -q "Generating Swift from smsc.wsdl" "$log" || fail "the generator did not run after the WSDL changed"
grep -q "package var smsCnt: Swift.Int32?" "$(generated_file)" || fail "the regenerated file lacks smsCnt"

echo "==> restoring the WSDL: the generated Swift must follow"
cp "$backup" "$wsdl"
build
if grep -q "smsCnt" "$(generated_file)"; then fail "smsCnt is still generated after the WSDL was restored"; fi

echo "check-plugin-rebuild: the plugin regenerates on a WSDL change and only then"
