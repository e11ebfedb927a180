#!/usr/bin/env bash
# Builds the DocC documentation of every library product (SMSC, SOAPRuntime, SOAPXML, SOAPAsyncHTTPClient,
# SOAPNIOTransport, SMSCSandbox, SMSCTesting) and fails when it is not clean:
#   1. `swift package generate-documentation --target T --warnings-as-errors` (swift-docc-plugin), so a symbol link
#      or article reference that no longer resolves fails the build;
#   2. every public declaration in the symbol graphs that step 1 extracted has a doc comment of its own, or one it
#      inherits from the protocol requirement it implements. DocC does not warn about undocumented symbols, so this
#      script reads the graphs itself. Members the compiler synthesises (`hash(into:)`, literal initialisers, …)
#      and extension blocks (whose members are counted) are not.
# The archives are written to .build/docs/<T>.doccarchive.
#
# Usage: Scripts/check-docs.sh [--symbol-graphs DIR...]
#   --symbol-graphs  skip DocC and check only step 2, on the *.symbols.json files in each DIR (each DIR stands for
#                    one module; ToolingTests use it on graphs they write)
# Needs: swift, python3. Works from any directory.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

folders=()
if [[ "${1:-}" == "--symbol-graphs" ]]; then
    shift
    folders=("$@")
else
    targets=(SMSC SOAPRuntime SOAPXML SOAPAsyncHTTPClient SOAPNIOTransport SMSCSandbox SMSCTesting)
    output="$root/.build/docs"
    mkdir -p "$output"
    for target in "${targets[@]}"; do
        echo "==> swift package generate-documentation --target $target --warnings-as-errors"
        swift package --allow-writing-to-directory "$output" generate-documentation \
            --target "$target" --warnings-as-errors --output-path "$output/$target.doccarchive"
        # swift-docc-plugin extracts each target's graphs into .build/<triple>/extracted-symbols/<package>/<target>.
        folder="$(ls -td "$root"/.build/*/extracted-symbols/*/"$target" 2>/dev/null | head -n 1)"
        [[ -n "$folder" ]] || { echo "check-docs: no extracted symbol graphs for $target" >&2; exit 1; }
        folders+=("$folder")
    done
fi

echo "==> every public declaration is documented (${#folders[@]} modules)"
python3 - "$root" "${folders[@]}" <<'PY'
import glob
import json
import os
import sys

root, folders = sys.argv[1], sys.argv[2:]
undocumented = []
for folder in folders:
    graphs = glob.glob(os.path.join(folder, "*.symbols.json"))
    if not graphs:
        sys.exit(f"check-docs: {folder} holds no symbol graph")
    for path in graphs:
        graph = json.load(open(path, encoding="utf-8"))
        module = graph["module"]["name"]
        for symbol in graph["symbols"]:
            if symbol.get("accessLevel") != "public" or "::SYNTHESIZED::" in symbol["identifier"]["precise"]:
                continue
            # An `extension Int: SOAPScalar` block: its members are what is documented.
            if symbol["kind"]["identifier"] == "swift.extension":
                continue
            if any(line.get("text", "").strip() for line in symbol.get("docComment", {}).get("lines", [])):
                continue
            location = symbol.get("location", {})
            file = location.get("uri", "").removeprefix("file://")
            line = location.get("position", {}).get("line", -1) + 1
            name = ".".join(symbol["pathComponents"])
            undocumented.append(f"{os.path.relpath(file, root)}:{line}: {module}.{name} has no doc comment")

for entry in sorted(undocumented):
    print(entry, file=sys.stderr)
if undocumented:
    sys.exit(f"check-docs: FAILED: {len(undocumented)} public declarations have no doc comment")
print("check-docs: every public declaration is documented")
PY
