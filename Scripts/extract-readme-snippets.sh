#!/usr/bin/env bash
# Turns the ```swift blocks of the documentation into Swift that Tests/ConsumerFixture compiles, so that an
# example that no longer compiles fails CI (Scripts/check-consumer.sh builds the fixture).
#
# Documents read, in this order: README.md, Sources/SMSC/SMSC.docc/*.md, Sources/SMSCSandbox/*.docc/*.md,
# Sources/SMSCTesting/*.docc/*.md, Sources/SOAPRuntime/*.docc/*.md.
# Output: Tests/ConsumerFixture/Sources/ReadmeSnippets/ReadmeSnippets.generated.swift (gitignored; rewritten only
# when its content changes, so an unchanged README does not recompile the fixture).
#
# Rules:
#   - A block opens with a line that is ```swift (optionally indented; the indentation is removed from its lines)
#     and closes with the next line that is ```. Other fences (```, ```php, …) are ignored. An unclosed block fails.
#   - Blocks are numbered 1, 2, … per document, counting every ```swift block, also those skipped below, so a
#     block keeps its name when another is marked. <doc> is `README` for README.md and `<Catalog>_<Article>` for a
#     DocC article (`SMSC_SendingMessages` for Sources/SMSC/SMSC.docc/SendingMessages.md).
#   - A block whose first line starts with `// Package.swift` is a manifest excerpt and is not compiled: every
#     `.product(name: "X", package: "<root package name>")` in it must name a product that the root Package.swift
#     declares (`.library`, `.executable` or `.plugin` with that name), or the script fails naming the block.
#   - A block whose first line is `// Not compiled: <reason>` is skipped; the script prints it and the reason.
#     The reason is required.
#   - Every other block becomes `func snippet_<doc>_<n>() async throws { <block> }`, preceded by a
#     `// <document>:<line>` comment. Its lines are copied unindented and a `#sourceLocation` directive maps them
#     back, so compiler diagnostics name the document's own file and line.
#   - Exception: a block whose first code line (after blank, comment and import lines) is a declaration (starts
#     with `@`, or with func/struct/enum/class/actor/extension/protocol/typealias after optional modifiers), such
#     as a `@Test func`, cannot live inside a function: it is copied at file scope instead, with the same comment
#     and directive, and gets no snippet function.
#   - `import` lines (also `@testable import`, `public import`, …) are removed from every block and written once
#     each at the top of the generated file; a removed line becomes an empty one, so line numbers still match.
#     The generated file is one Swift file, so a block may use a module imported only by an earlier block, as a
#     reader of the page would.
#   - The file ends with `readmeSnippets`, a list of (name, source, body) for every snippet function, which the
#     fixture's main.swift lists without calling (the snippets would call a real SMSC endpoint).
#
# Needs: bash, python3 (3.9 or newer). Works from any directory.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

output="Tests/ConsumerFixture/Sources/ReadmeSnippets/ReadmeSnippets.generated.swift"

documents=(README.md)
shopt -s nullglob
documents+=(
    Sources/SMSC/SMSC.docc/*.md Sources/SMSCSandbox/*.docc/*.md Sources/SMSCTesting/*.docc/*.md
    Sources/SOAPRuntime/*.docc/*.md
)
shopt -u nullglob

echo "==> extracting the \`\`\`swift blocks of ${documents[*]}"
echo "    into $output"

python3 -u - "$root" "$output" "${documents[@]}" <<'PY'
import os
import re
import sys

root, output, documents = sys.argv[1], sys.argv[2], sys.argv[3:]

OPEN = re.compile(r"^(\s*)```swift\s*$")
CLOSE = re.compile(r"^\s*```\s*$")
IMPORT = re.compile(r"^\s*(@\w+\s+)*((public|package|internal|fileprivate|private)\s+)?import\s+\S")
DECLARATION = re.compile(
    r"^\s*(@|((public|package|internal|fileprivate|private|final|nonisolated|static)\s+)*"
    r"(func|struct|enum|class|actor|extension|protocol|typealias)\b)"
)
PRODUCT = re.compile(r'\.product\(\s*name:\s*"([^"]+)"\s*,\s*package:\s*"([^"]+)"\s*\)')
NOT_COMPILED = "// Not compiled:"
MANIFEST = "// Package.swift"

failures = []


def fail(message):
    failures.append(message)
    print(f"error: {message}", file=sys.stderr)


manifest_text = open(os.path.join(root, "Package.swift"), encoding="utf-8").read()
name_match = re.search(r'Package\(\s*name:\s*"([^"]+)"', manifest_text)
if not name_match:
    sys.exit("error: Package.swift: no `Package(name: \"…\"` found")
package_name = name_match.group(1)
root_products = set(re.findall(r'\.(?:library|executable|plugin)\(\s*name:\s*"([^"]+)"', manifest_text))


def snippet_prefix(document):
    if document == "README.md":
        return "README"
    catalog = os.path.basename(os.path.dirname(document))
    catalog = catalog[: -len(".docc")] if catalog.endswith(".docc") else catalog
    article = os.path.splitext(os.path.basename(document))[0]
    return re.sub(r"[^A-Za-z0-9_]", "_", f"{catalog}_{article}")


def blocks(document):
    """Yields (number of the block's first code line, its lines without the fence's indentation)."""
    lines = open(os.path.join(root, document), encoding="utf-8").read().split("\n")
    index = 0
    while index < len(lines):
        opening = OPEN.match(lines[index])
        index += 1
        if not opening:
            continue
        indent, start, body = opening.group(1), index + 1, []
        while index < len(lines) and not CLOSE.match(lines[index]):
            line = lines[index]
            body.append(line[len(indent):] if line.startswith(indent) else line.lstrip())
            index += 1
        if index == len(lines):
            fail(f"{document}:{start - 1}: the ```swift block is never closed")
            return
        index += 1
        yield start, body


imports = []       # in order of first appearance
sections = []      # Swift text of each compiled block
registry = []      # (function name, source)
seen_prefixes = {}

for document in documents:
    prefix = snippet_prefix(document)
    if prefix in seen_prefixes:
        fail(f"{document} and {seen_prefixes[prefix]} both give snippet names snippet_{prefix}_<n>")
        continue
    seen_prefixes[prefix] = document
    path = os.path.join(root, document)
    for number, (line, body) in enumerate(blocks(document), start=1):
        source = f"{document}:{line}"
        name = f"snippet_{prefix}_{number}"
        first = body[0].strip() if body else ""

        if first.startswith(MANIFEST):
            mentioned = [p for p, package in PRODUCT.findall("\n".join(body)) if package == package_name]
            missing = [p for p in mentioned if p not in root_products]
            if missing:
                fail(
                    f"{source}: the Package.swift excerpt names product(s) {', '.join(missing)} of package "
                    f"\"{package_name}\", which Package.swift does not declare "
                    f"(it declares: {', '.join(sorted(root_products))})"
                )
            else:
                print(f"    {source}: manifest excerpt, not compiled; products checked: {', '.join(mentioned) or 'none'}")
            continue

        if first.startswith(NOT_COMPILED):
            reason = first[len(NOT_COMPILED):].strip()
            if not reason:
                fail(f"{source}: `{NOT_COMPILED}` needs a reason after the colon")
            else:
                print(f"    {source}: skipped ({reason})")
            continue

        code = []
        for text in body:
            if IMPORT.match(text):
                statement = text.strip()
                if statement not in imports:
                    imports.append(statement)
                code.append("")
            else:
                code.append(text)

        first_code = next(
            (t for t in code if t.strip() and not t.strip().startswith("//")), ""
        )
        escaped = path.replace("\\", "\\\\").replace('"', '\\"')
        location = f'#sourceLocation(file: "{escaped}", line: {line})'
        if DECLARATION.match(first_code):
            sections.append("\n".join([f"// {source}", location, *code, "#sourceLocation()"]))
            print(f"    {source}: declarations, at file scope")
        else:
            sections.append(
                "\n".join([f"// {source}", f"func {name}() async throws {{", location, *code, "#sourceLocation()", "}"])
            )
            registry.append((name, source))
            print(f"    {source}: {name}")

if failures:
    sys.exit(f"extract-readme-snippets: {len(failures)} problem(s) in the documentation's swift blocks")

entries = "\n".join(f'    ("{name}", "{source}", {name}),' for name, source in registry)
generated = "\n".join(
    [
        "// Generated by Scripts/extract-readme-snippets.sh from the documentation's ```swift blocks. Do not edit:",
        "// edit the documentation and rerun the script. Diagnostics point at the documents through #sourceLocation.",
        "",
        *imports,
        "",
        *(section + "\n" for section in sections),
        "let readmeSnippets: [(name: String, source: String, body: @Sendable () async throws -> Void)] = [",
        *([entries] if entries else []),
        "]",
        "",
    ]
)

destination = os.path.join(root, output)
try:
    current = open(destination, encoding="utf-8").read()
except FileNotFoundError:
    current = None
if current != generated:
    with open(destination, "w", encoding="utf-8") as file:
        file.write(generated)
print(f"    {len(registry)} snippet function(s), {len(sections) - len(registry)} file-scope block(s), "
      f"{len(imports)} import(s){'' if current != generated else '; unchanged'}")
PY
