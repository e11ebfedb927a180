"""The envelopes python's zeep writes for a list of messages, for comparison with the generated code's.

Usage:  python3 zeep_envelopes.py WSDL SPEC_JSON

SPEC_JSON is an array of {"name": ..., "operation": ..., "direction": "input" | "output", "values": {...}}: the
operation's input message (a request) or output message (a reply, as a server made with zeep would write it) with
those values (JSON null is None; {"xml": "<…/>"} is that element, for xsd:any, which zeep takes as `_value_1`).
Prints one JSON object, {name: envelope text}. Exits non-zero only when the WSDL or
the spec cannot be read.
"""
import json
import sys

import zeep
from lxml import etree


def convert(value):
    """JSON values as zeep takes them: {"xml": text} becomes an lxml element."""
    if isinstance(value, dict):
        if set(value) == {"xml"}:
            return etree.fromstring(value["xml"])
        return {key: convert(item) for key, item in value.items()}
    if isinstance(value, list):
        return [convert(item) for item in value]
    return value


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: python3 zeep_envelopes.py WSDL SPEC_JSON")
    client = zeep.Client(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as f:
        spec = json.load(f)
    binding = client.service._binding
    out = {}
    for message in spec:
        operation = binding._operations[message["operation"]]
        part = operation.input if message["direction"] == "input" else operation.output
        serialized = part.serialize(**convert(message["values"]))
        out[message["name"]] = etree.tostring(serialized.content, encoding="unicode")
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
