#!/usr/bin/env bash
# Compares, in one run on this machine, what one get_status2 call (all=2) costs through:
#   wrk posting the same envelope (raw HTTP, the ceiling), a plain AsyncHTTPClient loop (the floor of the default
#   transport), SMSCClient.status over AsyncHTTPClient, over NIOHTTP1Transport, and over NIOHTTP1Transport with the
#   calling tasks on its event loop ("pinned": `withTaskExecutorPreference(transport.taskExecutor)`), the
#   `smsc status --csv` bulk path, PHP's SoapClient and python's zeep;
# against nginx (one worker, loopback) answering a fixed Status2Response. It prints calls/s, the client's CPU µs
# per call (user + system of the client process), its peak RSS, and the ratios the performance goals use.
# Absolute numbers move between runs on shared machines: compare only numbers from one run.
#
# Usage: [BENCH_BIN=DIR] [BENCH_BEFORE=DIR] Scripts/bench.sh [--smoke] [CALLS]
#   CALLS        calls per measurement (default 20000; zeep makes a tenth of them, it is ~50x slower)
#   --smoke      a few hundred calls on the debug build, for CI: proves the script works, measures nothing
#   BENCH_BIN    measure the smsc-load and smsc in DIR instead of building them: copies of another commit's release
#                build
#   BENCH_BEFORE also measure the smsc in DIR (an earlier commit's release build) on the bulk path, each run right
#                before the current one, so that one run reports the goals before and after a change
# Needs nginx (apt nginx-light), wrk, php-cli with php-soap, and python's zeep.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

smoke=0
if [[ "${1:-}" == "--smoke" ]]; then
    smoke=1
    shift
fi
calls="${1:-20000}"
configuration=release
wrk_seconds=5
if ((smoke)); then
    calls=300
    configuration=debug
    wrk_seconds=1
fi
zeep_calls=$((calls / 10 > 50 ? calls / 10 : 50))
warmup=$((calls / 20 > 50 ? calls / 20 : 50))

for tool in nginx wrk php python3; do
    command -v "$tool" >/dev/null || { echo "bench.sh: $tool is missing (apt-get install nginx-light wrk php-cli php-soap)" >&2; exit 1; }
done

work="$(mktemp -d)"
nginx_pid=""
cleanup() {
    if [[ -n "$nginx_pid" ]]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# smsc-load is in the measurements' package (Scripts/Benchmarks), smsc in the root package. The release build
# makes both in that package (smsc as a dependency's product) in a folder of its own, so measuring never waits for
# (or invalidates) the debug build. The smoke run takes the root package's debug smsc, which CI has already built,
# and builds smsc-load in Tests/ConsumerFixture's folder, where CI has already compiled the root package's products
# and their dependencies as a dependency: only smsc-load is compiled.
benchmarks=(--package-path "$root/Scripts/Benchmarks")
if [[ -n "${BENCH_BIN:-}" ]]; then
    load_bin="$BENCH_BIN"
    smsc_bin="$BENCH_BIN"
    echo "==> measuring $BENCH_BIN/smsc-load and $BENCH_BIN/smsc (BENCH_BIN), not building" >&2
elif [[ "$configuration" == release ]]; then
    release=("${benchmarks[@]}" -c release --scratch-path "$root/.build-bench")
    echo "==> swift build ${release[*]} (smsc-load, smsc)" >&2
    swift build "${release[@]}" --product smsc-load >&2
    swift build "${release[@]}" --product smsc >&2
    load_bin="$(swift build "${release[@]}" --show-bin-path)"
    smsc_bin="$load_bin"
else
    smoke_build=("${benchmarks[@]}" --scratch-path "$root/Tests/ConsumerFixture/.build")
    echo "==> swift build ${smoke_build[*]} --product smsc-load; swift build --product smsc" >&2
    swift build "${smoke_build[@]}" --product smsc-load >&2
    swift build --product smsc >&2
    load_bin="$(swift build "${smoke_build[@]}" --show-bin-path)"
    smsc_bin="$(swift build --show-bin-path)"
fi

# nginx on a free loopback port, one worker, answering every POST with the fixed reply.
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
# PHP SoapServer's get_status2 reply: the body after the response head in the recorded exchange.
reply="$(sed -n '/^HTTP\/1\.[01] /,$p' Tests/SMSCTests/Fixtures/envelopes/07_get_status2.http | sed '1,/^$/d')"
mkdir -p "$work/logs"
cat >"$work/nginx.conf" <<NGINX
daemon off;
worker_processes 1;
error_log $work/logs/error.log warn;
pid $work/nginx.pid;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 10000000;
    keepalive_timeout 60s;
    client_body_temp_path $work/body;
    server {
        listen 127.0.0.1:$port;
        location = /sys/soap.php {
            default_type "text/xml; charset=utf-8";
            return 200 '$reply';
        }
    }
}
NGINX
echo "==> nginx on 127.0.0.1:$port (one worker)" >&2
nginx -p "$work" -c "$work/nginx.conf" &
nginx_pid=$!
endpoint="http://127.0.0.1:$port/sys/soap.php"
for _ in $(seq 1 100); do
    if python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.1)" 2>/dev/null; then break; fi
    sleep 0.05
done

results="$work/results.txt"
: >"$results"
record() { echo "$1 $2" | tee -a "$results" >&2; }

echo "==> wrk at 1 and 14 connections, ${wrk_seconds}s each" >&2
# The envelope SMSCClient writes for the call (smsc-load's ahc mode posts the same bytes).
printf '%s' '<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="https://smsc.ru/sys/soap.php"><SOAP-ENV:Body><ns1:status2><login>bench</login><psw>bench</psw><phone>79999999999</phone><id>999</id><all>2</all><query>x=1</query></ns1:status2></SOAP-ENV:Body></SOAP-ENV:Envelope>
' >"$work/body.xml"
for connections in 1 14; do
    threads=$((connections == 1 ? 1 : 2))
    rate="$(BENCH_BODY="$work/body.xml" wrk -t"$threads" -c"$connections" -d"${wrk_seconds}s" -s Scripts/bench/post.lua "$endpoint" | awk '/Requests\/sec/ { print $2 }')"
    record "wrk-$connections" "mode=wrk concurrency=$connections calls_per_second=${rate%.*}"
done

for concurrency in 1 14; do
    echo "==> a plain AsyncHTTPClient loop and SMSCClient.status over each transport, $calls calls, $concurrency in flight" >&2
    for mode in ahc client nio nio-pinned; do
        record "$mode-$concurrency" "$("$load_bin/smsc-load" --mode "$mode" --endpoint "$endpoint" --calls "$calls" --concurrency "$concurrency" --warmup "$warmup")"
    done
done

echo "==> smsc status --csv, $calls rows, at 1 and 14 in flight" >&2
python3 - "$calls" >"$work/status.csv" <<'PY'
import sys
print("phone,id")
for row in range(int(sys.argv[1])):
    print(f"79999999999,{row + 1}")
PY
bulk() { # NAME MODE DIR CONCURRENCY
    local measured seconds cpu rss
    measured="$(SMSC_LOGIN=bench SMSC_PASSWORD=bench python3 Scripts/bench/measure.py "$3/smsc" status --csv "$work/status.csv" \
        --all 2 --query x=1 --concurrency "$4" --endpoint "$endpoint")"
    seconds="$(sed -E 's/.*seconds=([0-9.]+) cpu.*/\1/' <<<"$measured")"
    cpu="$(sed -E 's/.*cpu_seconds=([0-9.]+).*/\1/' <<<"$measured")"
    rss="$(sed -E 's/.*peak_rss_kib=([0-9]+).*/\1/' <<<"$measured")"
    record "$1" "$(python3 -c "print(f'mode=$2 concurrency=$4 calls=$calls seconds=$seconds calls_per_second={$calls / $seconds:.0f} cpu_us_per_call={$cpu * 1e6 / $calls:.1f} peak_rss_kib=$rss')")"
}
for concurrency in 1 14; do
    if [[ -n "${BENCH_BEFORE:-}" ]]; then
        bulk "bulk-before-$concurrency" bulk-before "$BENCH_BEFORE" "$concurrency"
    fi
    bulk "bulk-$concurrency" bulk "$smsc_bin" "$concurrency"
done

echo "==> PHP's SoapClient ($calls calls) and zeep ($zeep_calls calls), sequential" >&2
sed "s#https://smsc.ru/sys/soap.php\"/>#$endpoint\"/>#" wsdl/smsc.wsdl >"$work/smsc.wsdl"
record "php-1" "$(php Scripts/bench/php_loop.php "$work/smsc.wsdl" "$endpoint" "$calls" "$warmup")"
record "zeep-1" "$(python3 Scripts/bench/zeep_loop.py "$work/smsc.wsdl" "$endpoint" "$zeep_calls" 20)"

echo "==> $(uname -m), $(nproc) cores, $(swift --version 2>/dev/null | head -1), $configuration build" >&2
python3 - "$results" "$smoke" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    name, _, rest = line.strip().partition(" ")
    rows[name] = dict(part.split("=", 1) for part in rest.split())
labels = {
    "wrk": "wrk, raw HTTP", "ahc": "plain AsyncHTTPClient loop", "client": "SMSCClient.status, AHC",
    "nio": "SMSCClient.status, NIO", "nio-pinned": "SMSCClient.status, NIO pinned",
    "bulk": "smsc status --csv", "bulk-before": "smsc status --csv, BEFORE", "php": "PHP SoapClient",
    "zeep": "python zeep",
}
print(f"{'system':<30} {'in flight':>9} {'calls/s':>9} {'CPU µs/call':>12} {'peak RSS KiB':>13}")
for name, row in rows.items():
    print(f"{labels[row['mode']]:<30} {row['concurrency']:>9} {row['calls_per_second']:>9} "
          f"{row.get('cpu_us_per_call', '-'):>12} {row.get('peak_rss_kib', '-'):>13}")
def value(name, key):
    return float(rows[name][key])
print()
# The goals (README, "Goals, and where they stand"): the smsc tool against the library it is built on.
for bulk in ("bulk-before", "bulk") if "bulk-before-1" in rows else ("bulk",):
    label = "smsc status --csv" + (" BEFORE" if bulk == "bulk-before" else "")
    bulk_cpu = value(bulk + "-1", "cpu_us_per_call") / value("nio-pinned-1", "cpu_us_per_call")
    bulk_rate = value(bulk + "-1", "calls_per_second") / value("nio-pinned-1", "calls_per_second")
    print(f"{label} / SMSCClient NIO pinned, 1 in flight: CPU {bulk_cpu:.2f}x (goal <= 1.2), "
          f"calls/s {bulk_rate:.2f}x (goal >= 0.8)")
    print(f"{label}, 14 in flight: CPU {value(bulk + '-14', 'cpu_us_per_call'):.1f} µs per row (goal <= 40)")
# For reference, without goals: the library against the HTTP it rides on and against its peers.
for c in ("1", "14"):
    print(f"SMSCClient AHC / plain AHC at {c:>2}: "
          f"calls/s {value('client-' + c, 'calls_per_second') / value('ahc-' + c, 'calls_per_second'):.2f}x, "
          f"CPU {value('client-' + c, 'cpu_us_per_call') / value('ahc-' + c, 'cpu_us_per_call'):.2f}x")
print(f"SMSCClient NIO pinned / PHP SoapClient, 1 in flight: "
      f"calls/s {value('nio-pinned-1', 'calls_per_second') / value('php-1', 'calls_per_second'):.2f}x, "
      f"CPU {value('nio-pinned-1', 'cpu_us_per_call') / value('php-1', 'cpu_us_per_call'):.2f}x")
print(f"PHP SoapClient / wrk, 1 in flight: "
      f"calls/s {value('php-1', 'calls_per_second') / value('wrk-1', 'calls_per_second'):.2f}x")
if sys.argv[2] == "1":
    print("(smoke run: debug build and a few hundred calls; the numbers mean nothing)")
PY
