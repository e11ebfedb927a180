#!/usr/bin/env bash
# update-wsdl.sh HOST
#
# Downloads https://HOST/sys/soap.php?wsdl (the live SMSC service description), normalises it back to the
# recorded host, and prints a unified diff against the recorded wsdl/smsc.wsdl, so that a vendor change is
# caught before it breaks users.
#
#   HOST     the service host, optionally with a port: smsc.ru, smsc.kz, smsc.ua, smscentre.com, 127.0.0.1:8080
#
# Exit status:
#   0  the served WSDL is semantically equal to wsdl/smsc.wsdl ("... is up to date with HOST")
#   1  they differ; the diff has been printed on stdout
#   2  usage error, missing tool, download failure, or a document that is not well-formed XML
#
# Normalisation: every "SCHEME://HOST/sys/soap.php" in the served document (any scheme: the server writes its
# own into targetNamespace, xmlns:tns, every soapAction and the soap:address) becomes the recorded
# "https://smsc.ru/sys/soap.php".
# Comparison is semantic, not textual: both documents are canonicalised with Python's standard library
# (comments and whitespace-only text dropped, attributes sorted, namespace prefixes - also those inside
# QName-valued attributes such as type="xsd:string" - replaced by fixed ones), then pretty-printed one
# element per line and compared with `diff -u`.
#
# Nothing is written to the repository; update wsdl/smsc.wsdl by hand after reviewing the diff.
#
# Environment (for tests):
#   SMSC_WSDL_SCHEME   scheme used for the download (default: https), e.g. http for a loopback test server.
#
# Needs: bash, curl, python3 (3.9 or newer), diff. Works from any directory.
set -euo pipefail

readonly RECORDED_URL="https://smsc.ru/sys/soap.php"
readonly RECORDED_REL="wsdl/smsc.wsdl"

prog=$(basename -- "$0")

usage() {
    cat <<EOF
usage: $prog HOST

Downloads SCHEME://HOST/sys/soap.php?wsdl (SCHEME is \$SMSC_WSDL_SCHEME, default https), normalises it to
the recorded host and prints a diff against $RECORDED_REL.
HOST is a host name with an optional :PORT, e.g. smsc.ru, smsc.kz, smscentre.com.
Exit status: 0 up to date, 1 changed (diff printed), 2 error.
EOF
}

say() { printf '%s: %s\n' "$prog" "$*" >&2; }
die() { printf '%s: error: %s\n' "$prog" "$*" >&2; exit 2; }

# --- arguments -------------------------------------------------------------------------------------------
if [[ $# -eq 1 && ( $1 == "-h" || $1 == "--help" ) ]]; then
    usage
    exit 0
fi
if [[ $# -ne 1 ]]; then
    usage >&2
    exit 2
fi
host=$1
# A bare host name or address, optionally with :PORT; no scheme, no path, no user info, no spaces.
if [[ ! $host =~ ^[A-Za-z0-9._-]+(:[0-9]{1,5})?$ && ! $host =~ ^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$ ]]; then
    printf '%s: error: HOST must be a host name with an optional :PORT (no scheme or path), got: %s\n\n' \
        "$prog" "$host" >&2
    usage >&2
    exit 2
fi

scheme=${SMSC_WSDL_SCHEME:-https}
if [[ $scheme != "http" && $scheme != "https" ]]; then
    die "SMSC_WSDL_SCHEME must be http or https, got: $scheme"
fi
served_url="$scheme://$host/sys/soap.php"
wsdl_url="$served_url?wsdl"

# --- tools -----------------------------------------------------------------------------------------------
for tool in curl python3 diff; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' is required but was not found on PATH; please install it"
done
python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 9) else 1)' 2>/dev/null \
    || die "python3 3.9 or newer is required (found: $(python3 --version 2>&1 || echo unknown))"

# --- locate the repository from this script's own path ----------------------------------------------------
script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
repo_root=$(cd -- "$script_dir/.." && pwd -P)
recorded="$repo_root/$RECORDED_REL"
[[ -f $recorded ]] || die "recorded WSDL not found: $recorded"

work=$(mktemp -d "${TMPDIR:-/tmp}/update-wsdl.XXXXXX")
trap 'rm -rf -- "$work"' EXIT

# --- download --------------------------------------------------------------------------------------------
say "downloading $wsdl_url"
set +e
curl --fail --silent --show-error --max-time 30 --output "$work/served.wsdl" -- "$wsdl_url"
curl_status=$?
set -e
if [[ $curl_status -ne 0 ]]; then
    die "could not download $wsdl_url (curl exit status $curl_status)"
fi
say "downloaded $(wc -c <"$work/served.wsdl" | tr -d ' ') bytes"

# --- normalise and canonicalise ----------------------------------------------------------------------------
say "normalising $served_url -> $RECORDED_URL (any scheme), canonicalising both documents"
set +e
python3 - "$recorded" "$work/served.wsdl" "$host" "$RECORDED_URL" "$work/recorded.canon" "$work/served.canon" <<'PY'
import io
import re
import sys
import xml.etree.ElementTree as ET

recorded_path, served_path, host, recorded_url, recorded_out, served_out = sys.argv[1:7]

XML_NS = "http://www.w3.org/XML/1998/namespace"
# Fixed prefixes, so that the prefixes each document happens to use do not show up as differences.
PREFIXES = {
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://schemas.xmlsoap.org/wsdl/soap/": "soap",
    "http://schemas.xmlsoap.org/wsdl/soap12/": "soap12",
    "http://schemas.xmlsoap.org/wsdl/http/": "http",
    "http://schemas.xmlsoap.org/wsdl/mime/": "mime",
    "http://schemas.xmlsoap.org/soap/encoding/": "soapenc",
    "http://www.w3.org/2001/XMLSchema": "xsd",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    recorded_url: "tns",
}
# Attributes (unqualified, as WSDL 1.1 and XSD use them) whose value is a QName.
QNAME_ATTRS = ("type", "element", "ref", "base", "message", "binding", "itemType", "substitutionGroup")


def qname(uri, local):
    prefix = PREFIXES.get(uri)
    return f"{prefix}:{local}" if prefix else f"{{{uri}}}{local}"


def resolve_qname(value, scope):
    """Rewrite a QName attribute value to the fixed prefixes, using the namespaces in scope."""
    value = value.strip()
    prefix, sep, local = value.rpartition(":")
    if not sep:
        prefix = ""  # an unprefixed QName value takes the default namespace
    uri = scope.get(prefix)
    if uri is None or (not sep and uri == ""):
        return value  # no namespace: leave as written
    return qname(uri, local)


for uri, prefix in PREFIXES.items():
    ET.register_namespace(prefix, uri)


def canonical(path, label, rewrite_host=None):
    with open(path, "rb") as f:
        data = f.read()
    if rewrite_host is not None:
        # On the raw bytes (the URL is ASCII), so the document's own encoding declaration stays valid.
        pattern = re.compile(rb"(?i:https?://" + re.escape(rewrite_host.encode("ascii")) + rb")/sys/soap\.php")
        data, count = pattern.subn(recorded_url.encode("ascii"), data)
        print(f"update-wsdl.sh: replaced {count} occurrence(s) of the served URL", file=sys.stderr)

    # Parse, tracking the namespaces in scope so that QName-valued attributes can be resolved.
    stack = [{"xml": XML_NS}]
    pending = {}
    root = None
    try:
        for event, obj in ET.iterparse(io.BytesIO(data), events=("start-ns", "start", "end")):
            if event == "start-ns":
                prefix, uri = obj
                pending[prefix or ""] = uri
            elif event == "start":
                scope = dict(stack[-1])
                scope.update(pending)
                pending = {}
                stack.append(scope)
                for name in QNAME_ATTRS:
                    if name in obj.attrib:
                        obj.attrib[name] = resolve_qname(obj.attrib[name], scope)
            else:
                stack.pop()
                root = obj
    except ET.ParseError as error:
        print(f"update-wsdl.sh: error: {label} is not well-formed XML: {error}", file=sys.stderr)
        sys.exit(2)

    # Canonical XML 2.0: sorted attributes, no comments, whitespace-only text dropped, text trimmed.
    c14n = ET.canonicalize(ET.tostring(root, encoding="unicode"), strip_text=True, with_comments=False)
    # Pretty-print one element per line so the diff is readable.
    tree = ET.fromstring(c14n)
    ET.indent(tree, space="  ")
    return ET.tostring(tree, encoding="unicode") + "\n"


recorded = canonical(recorded_path, "the recorded WSDL " + recorded_path)
served = canonical(served_path, "the served WSDL", rewrite_host=host)
with open(recorded_out, "w", encoding="utf-8") as f:
    f.write(recorded)
with open(served_out, "w", encoding="utf-8") as f:
    f.write(served)
PY
py_status=$?
set -e
if [[ $py_status -ne 0 ]]; then
    [[ $py_status -eq 2 ]] || say "error: canonicalisation failed (python3 exit status $py_status)"
    exit 2
fi

# --- compare ----------------------------------------------------------------------------------------------
set +e
diff -u --label "recorded $RECORDED_REL" --label "served $wsdl_url (normalised)" \
    "$work/recorded.canon" "$work/served.canon"
diff_status=$?
set -e
case $diff_status in
    0)
        echo "$RECORDED_REL is up to date with $host"
        exit 0
        ;;
    1)
        say "the served WSDL differs from $RECORDED_REL (diff above); review it and update $RECORDED_REL by hand"
        exit 1
        ;;
    *)
        die "diff failed (exit status $diff_status)"
        ;;
esac
