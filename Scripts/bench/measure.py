#!/usr/bin/env python3
"""Runs a command and prints `seconds=… cpu_seconds=… peak_rss_kib=…` for it (user + system CPU of the command and
its children, and the largest resident set among this script's children), then the command's own last output line. Used by
Scripts/bench.sh for the tools that cannot report themselves (the `smsc` bulk run)."""
import resource
import subprocess
import sys
import time

# Children that ended before this one (a pyenv shim's helpers, which run before python starts) are not the command's.
before = resource.getrusage(resource.RUSAGE_CHILDREN)
start = time.perf_counter()
result = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
elapsed = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_CHILDREN)
if result.returncode != 0:
    sys.stderr.write(result.stderr.decode(errors="replace")[-2000:])
    sys.exit(result.returncode)
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
print(f"seconds={elapsed:.3f} cpu_seconds={cpu:.3f} peak_rss_kib={after.ru_maxrss}")
