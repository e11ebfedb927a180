#!/usr/bin/env python3
"""A tiny loopback HTTP server for testing Scripts/update-wsdl.sh (Python standard library only).

usage: serve_wsdl.py FILE [--status CODE] [--max-requests N] [--timeout SECONDS]

Binds 127.0.0.1 on an ephemeral port and prints the port, alone, as the first line of stdout (flushed).
Answers GET /sys/soap.php?wsdl with FILE's content (status CODE, default 200), after replacing every
"{BASE}" with "http://127.0.0.1:PORT" and every "{HOST}" with "127.0.0.1:PORT"; any other path gets 404.
Exits by itself after N requests (default 1) or after SECONDS (default 30, at most 30), whichever is first.
Request logs go to stderr.
"""

import argparse
import http.server
import sys
import time

MAX_LIFETIME = 30.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", help="the WSDL to serve; {BASE} and {HOST} are replaced")
    parser.add_argument("--status", type=int, default=200, help="HTTP status for the WSDL path (default 200)")
    parser.add_argument("--max-requests", type=int, default=1, help="exit after this many requests (default 1)")
    parser.add_argument("--timeout", type=float, default=MAX_LIFETIME, help="exit after this many seconds (<= 30)")
    args = parser.parse_args()

    with open(args.file, "rb") as f:
        template = f.read()

    class Handler(http.server.BaseHTTPRequestHandler):
        timeout = 5  # socket timeout for a connection that never sends its request

        def do_GET(self):
            self.server.requests += 1
            if self.path == "/sys/soap.php?wsdl":
                self.reply(args.status, self.server.body, "text/xml; charset=utf-8")
            else:
                self.reply(404, b"not found\n", "text/plain; charset=utf-8")

        def do_HEAD(self):
            self.server.requests += 1
            self.reply(405, b"", "text/plain; charset=utf-8")

        def reply(self, status, body, content_type):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def log_message(self, format, *log_args):
            sys.stderr.write("serve_wsdl.py: %s\n" % (format % log_args))

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    base = "127.0.0.1:%d" % port
    server.body = template.replace(b"{BASE}", b"http://" + base.encode()).replace(b"{HOST}", base.encode())
    server.requests = 0

    print(port, flush=True)

    deadline = time.monotonic() + max(0.0, min(args.timeout, MAX_LIFETIME))
    try:
        while server.requests < args.max_requests:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            server.timeout = remaining
            server.handle_request()  # returns after server.timeout when no connection arrives
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
