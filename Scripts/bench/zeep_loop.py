#!/usr/bin/env python3
"""python's zeep in a sequential keep-alive loop against Scripts/bench.sh's endpoint, reporting like smsc-load.
Usage: zeep_loop.py WSDL ENDPOINT CALLS WARMUP"""
import resource
import sys
import time

import zeep

wsdl, endpoint, calls, warmup = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
client = zeep.Client(wsdl)
service = client.create_service("{https://smsc.ru/sys/soap.php}ServiceSoap", endpoint)
arguments = dict(login="bench", psw="bench", phone="79999999999", id="999", all="2", query="x=1")
for _ in range(warmup):
    service.get_status2(**arguments)
before = resource.getrusage(resource.RUSAGE_SELF)
start = time.perf_counter()
for _ in range(calls):
    reply = service.get_status2(**arguments)
    if reply.status != "1":
        sys.exit("unexpected reply")
seconds = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF)
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
print(f"mode=zeep concurrency=1 calls={calls} seconds={seconds:.3f} calls_per_second={calls / seconds:.0f} "
      f"cpu_us_per_call={cpu * 1e6 / calls:.1f} peak_rss_kib={after.ru_maxrss}")
