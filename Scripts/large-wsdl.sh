#!/usr/bin/env bash
# Times the generator and the Swift compiler on a WSDL with many operations (1,200 by default), the size of large
# enterprise services: writes the WSDL (each operation with a request of five fields, a reply of four and a shared
# nested type), times `smsc-wsdl-gen generate` on it (release build), then times type-checking and compiling the
# generated Swift against the runtime modules. Reported, never asserted.
#
#   Scripts/large-wsdl.sh [OPERATIONS]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
operations="${1:-1200}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "==> writing a WSDL with $operations operations" >&2
python3 - "$operations" >"$work/large.wsdl" <<'PY'
import sys
n = int(sys.argv[1])
ns = "urn:example:large"
out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" '
       f'xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
       f'xmlns:tns="{ns}" targetNamespace="{ns}">\n<types><xsd:schema targetNamespace="{ns}">',
       '<xsd:complexType name="Audit"><xsd:sequence><xsd:element name="user" type="xsd:string"/>'
       '<xsd:element name="at" type="xsd:dateTime"/></xsd:sequence></xsd:complexType>']
for i in range(n):
    out.append(f'<xsd:element name="op{i}"><xsd:complexType><xsd:sequence>'
               f'<xsd:element name="id" type="xsd:long"/><xsd:element name="name" type="xsd:string"/>'
               f'<xsd:element name="amount" type="xsd:decimal" minOccurs="0"/>'
               f'<xsd:element name="tags" type="xsd:string" minOccurs="0" maxOccurs="unbounded"/>'
               f'<xsd:element name="audit" type="tns:Audit" minOccurs="0"/></xsd:sequence></xsd:complexType></xsd:element>')
    out.append(f'<xsd:element name="op{i}Response"><xsd:complexType><xsd:sequence>'
               f'<xsd:element name="ok" type="xsd:boolean"/><xsd:element name="code" type="xsd:int"/>'
               f'<xsd:element name="message" type="xsd:string" minOccurs="0"/>'
               f'<xsd:element name="audit" type="tns:Audit" minOccurs="0"/></xsd:sequence></xsd:complexType></xsd:element>')
out.append('</xsd:schema></types>')
for i in range(n):
    out.append(f'<message name="op{i}In"><part name="parameters" element="tns:op{i}"/></message>'
               f'<message name="op{i}Out"><part name="parameters" element="tns:op{i}Response"/></message>')
out.append('<portType name="LargePort">')
for i in range(n):
    out.append(f'<operation name="op{i}"><input message="tns:op{i}In"/><output message="tns:op{i}Out"/></operation>')
out.append('</portType><binding name="LargeSoap" type="tns:LargePort">'
           '<soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>')
for i in range(n):
    out.append(f'<operation name="op{i}"><soap:operation soapAction="{ns}#op{i}"/>'
               '<input><soap:body use="literal"/></input><output><soap:body use="literal"/></output></operation>')
out.append('</binding><service name="Large"><port name="LargeSoap" binding="tns:LargeSoap">'
           '<soap:address location="http://127.0.0.1:8080/large"/></port></service></definitions>')
print("\n".join(out))
PY

echo "==> swift build -c release --product smsc-wsdl-gen" >&2
swift build -c release --product smsc-wsdl-gen >&2
generator="$(swift build -c release --show-bin-path)/smsc-wsdl-gen"
echo "==> swift build --target SOAPRuntime (debug modules to compile against)" >&2
swift build --target SOAPRuntime >&2
products="$(swift build --show-bin-path)"

seconds() { python3 -c 'import sys, time; print(f"{time.time():.3f}")'; }

start="$(seconds)"
"$generator" generate "$work/large.wsdl" --output "$work/out" >&2
end="$(seconds)"
generated="$work/out/large.wsdl.swift"
echo "generate:   $(python3 -c "print(f'{$end - $start:.2f}')") s for $operations operations ($(wc -c <"$work/large.wsdl") bytes of WSDL, $(wc -l <"$generated") lines of Swift)"

compile() {
    swiftc "$@" -swift-version 6 -module-name Large -I "$products/Modules" \
        -Xcc -fmodule-map-file="$products/CSOAPXML.build/module.modulemap" -Xcc -I -Xcc "$root/Sources/CSOAPXML/include" \
        "$generated"
}
start="$(seconds)"
compile -typecheck
end="$(seconds)"
echo "typecheck:  $(python3 -c "print(f'{$end - $start:.2f}')") s"
start="$(seconds)"
compile -c -Onone -o "$work/large.o"
end="$(seconds)"
echo "compile -Onone: $(python3 -c "print(f'{$end - $start:.2f}')") s"
start="$(seconds)"
compile -c -O -o "$work/large-O.o"
end="$(seconds)"
echo "compile -O: $(python3 -c "print(f'{$end - $start:.2f}')") s"
echo "machine: $(uname -m), $(nproc) cores, $(swift --version 2>&1 | head -1)"
