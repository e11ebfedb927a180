"""Calls every operation of the SMSC sandbox through python's zeep and prints the results as one JSON object.

Usage: python3 zeep_client.py WSDL_URL
"""
import json
import sys

import zeep
from zeep.helpers import serialize_object

client = zeep.Client(sys.argv[1])
auth = {"login": "demo", "psw": "demo"}
service = client.service


def result(value):
    return serialize_object(value, dict)


results = {
    "get_balance": result(service.get_balance(**auth)),
    "get_sms_cost": result(service.get_sms_cost(phones="79990000001", mes="Hello from zeep", **auth)),
    "get_sms_cost2": result(service.get_sms_cost2(phones="79990000001,79990000002", mes="Hello from zeep", query="translit=1", **auth)),
    "send_sms": result(service.send_sms(phones="79990000001", mes="Hello from zeep", id="zeep-1", sender="zeep", time="0", **auth)),
    "send_sms2": result(service.send_sms2(phones="79990000002,7000", mes="Hello again from zeep", id="zeep-2", sender="", time="0", query="err=1", **auth)),
    "get_status": result(service.get_status(phone="79990000001", id="zeep-1", all="0", **auth)),
    "get_status2": result(service.get_status2(phone="79990000002", id="zeep-2", all="2", query="", **auth)),
    "bad_password": result(service.get_balance(login="demo", psw="wrong")),
    "unknown_message": result(service.get_status(phone="79990000001", id="nope", all="0", **auth)),
}
print(json.dumps(results, ensure_ascii=False))
