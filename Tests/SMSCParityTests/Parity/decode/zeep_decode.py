"""What python's zeep (4.3.3) decodes from every reply of the decode-parity corpus.

Usage:  python3 zeep_decode.py BASE_URL WSDL_PATH
        e.g. python3 zeep_decode.py http://127.0.0.1:8123 ../../../../wsdl/smsc.wsdl
        (BASE_URL is a running `php -S 127.0.0.1:0 reply_server.php` next to this script)

For each case in cases.json (same directory) a service bound to BASE_URL/replies/<case> calls the
case's operation with valid arguments. Prints ONE JSON object, in cases.json order:
  {"<case>": {"result": {...}}}                           what the call returned, normalised (see below)
  {"<case>": {"fault": {"code": "...", "string": "..."}}} a zeep.exceptions.Fault: .code / .message as is
  {"<case>": {"error": "<class>: <message>"}}             any other exception
Exit status is non-zero only for setup failures (bad arguments, unreadable WSDL or cases.json),
never because a case faulted.

Normalisation of a result:
  * zeep unwraps a response element with a single child, so the result is the *ResponseType itself
    (e.g. the StatusResponseType fields), NOT {"statusresult": {...}} as in PHP. Recorded as zeep returns it;
  * zeep.helpers.serialize_object -> plain dicts/lists; every scalar as str;
  * a None value is OMITTED: zeep fills every schema field, absent ones with None (and, for a
    maxOccurs="unbounded" element such as `errors`, absent means an empty list [], which is kept).
    Note that zeep may also give None for an element that IS present but empty (see README).
"""
import json
import os
import sys

import zeep
from zeep.helpers import serialize_object

BINDING = "{https://smsc.ru/sys/soap.php}ServiceSoap"

AUTH = {"login": "alex", "psw": "123"}
ARGS = {  # valid arguments per operation, the same values php_decode.php sends
    "get_balance": AUTH,
    "send_sms": {**AUTH, "phones": "79999999999", "mes": "Hello world!", "id": "", "sender": "ivan", "time": "0"},
    "send_sms2": {**AUTH, "phones": "79999999999,7000", "mes": "Hello world!", "id": "", "sender": "", "time": "0", "query": "err=1"},
    "get_sms_cost": {**AUTH, "phones": "79999999999", "mes": "Hello world!"},
    "get_sms_cost2": {**AUTH, "phones": "79999999999,79999999998", "mes": "Hello world!", "query": "translit=1"},
    "get_status": {**AUTH, "phone": "79999999999", "id": "999", "all": "0"},
    "get_status2": {**AUTH, "phone": "79999999999", "id": "999", "all": "2", "query": "charset=utf-8"},
}


def normalise(value):
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    return str(value)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: python3 zeep_decode.py BASE_URL WSDL_PATH")
    base, wsdl = sys.argv[1].rstrip("/"), sys.argv[2]
    try:
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.json"), encoding="utf-8") as f:
            cases = json.load(f)
        client = zeep.Client(wsdl)
    except Exception as e:  # setup failure
        sys.exit(f"setup failed: {type(e).__name__}: {e}")

    out = {}
    for case in cases:
        name = case["name"]
        try:
            service = client.create_service(BINDING, f"{base}/replies/{name}")
            value = getattr(service, case["operation"])(**ARGS[case["operation"]])
            out[name] = {"result": normalise(serialize_object(value, dict))}
        except zeep.exceptions.Fault as e:
            out[name] = {"fault": {"code": e.code, "string": e.message}}
        except Exception as e:
            out[name] = {"error": f"{type(e).__name__}: {e}"}
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
