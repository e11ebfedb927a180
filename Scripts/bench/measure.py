#!/usr/bin/env python3
"""Runs a command and prints `seconds=… cpu_seconds=… peak_rss_kib=…` for it (user + system CPU of the command and
its children, and the largest resident set among them), then the command's own last output line. Used by
Scripts/bench.sh for the tools that cannot report themselves (the `smsc` bulk run)."""
import resource
import subprocess
import sys
import time

start = time.perf_counter()
result = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
elapsed = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
if result.returncode != 0:
    sys.stderr.write(result.stderr.decode(errors="replace")[-2000:])
    sys.exit(result.returncode)
print(f"seconds={elapsed:.3f} cpu_seconds={usage.ru_utime + usage.ru_stime:.3f} peak_rss_kib={usage.ru_maxrss}")
