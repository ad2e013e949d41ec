#!/usr/bin/env python3
"""A shop whose feed changes under the downloader: GET /feed.xml answers the
first file given, the next GET the second, and so on (the last one repeats).
GET /requests answers how many times /feed.xml was asked for. Prints
"port N" once it listens on 127.0.0.1 (tests/serve/pull_test.cpp)."""
import http.server
import sys

FILES = sys.argv[1:]
served = 0


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        global served
        if self.path == "/feed.xml":
            with open(FILES[min(served, len(FILES) - 1)], "rb") as f:
                body = f.read()
            served += 1
        elif self.path == "/requests":
            body = str(served).encode()
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)  # one request at a time: the count is exact
print(f"port {server.server_port}", flush=True)
server.serve_forever()
