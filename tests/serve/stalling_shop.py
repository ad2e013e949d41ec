#!/usr/bin/env python3
"""A shop whose feed stalls half-way: GET /feed.xml announces the whole of
FEED (Content-Length), sends its first CUT bytes, waits until the file GO
exists, then sends the rest ("finish") or closes the connection ("close": a
download cut short). Prints "port N" once it listens on 127.0.0.1
(tests/serve/stream_test.cpp).

    stalling_shop.py FEED CUT GO finish|close
"""
import http.server
import os
import sys
import time

FEED, CUT, GO, MODE = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        with open(FEED, "rb") as f:
            body = f.read()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[:CUT])
        self.wfile.flush()
        deadline = time.monotonic() + 120
        while not os.path.exists(GO) and time.monotonic() < deadline:
            time.sleep(0.01)
        if MODE == "finish":
            self.wfile.write(body[CUT:])
        self.close_connection = True

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(f"port {server.server_port}", flush=True)
server.serve_forever()
