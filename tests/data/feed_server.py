#!/usr/bin/env python3
"""A feed server for syncfeed's URL tests (tests/net/), on 127.0.0.1 only.

Serves the files of ROOT, and the ways a download goes wrong, by path:
  /files/NAME            the file, with Content-Length
  /auth/NAME             the file, with HTTP basic auth USER:PASS (--auth), else 401
  /status/CODE           that status, an HTML body
  /redirect/N/NAME       N redirects, then /files/NAME
  /loop                  redirects to itself, for ever
  /to?URL                redirects to URL (an https server sending to http)
  /gzip/NAME, /deflate/NAME   the file, encoded (Content-Encoding)
  /chunked/NAME          the file without Content-Length
  /cut/NAME              Content-Length of the whole file, half of it sent, a pause, the connection closed
  /slow/NAME             the first 100 bytes, then nothing for a minute
With --tls CERT KEY it speaks HTTPS. With --ftp it is an FTP server of ROOT
instead (pyftpdlib: Debian's python3-pyftpdlib), user USER:PASS and anonymous.
Prints "port N" on its first line once it listens (port 0: any free one).
"""
import argparse
import base64
import gzip
import http.server
import os
import ssl
import sys
import time
import zlib


def make_handler(root, auth):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def body_of(self, name):
            path = os.path.join(root, os.path.basename(name))
            with open(path, "rb") as f:
                return f.read()

        def send(self, status, body, headers=()):
            self.send_response(status)
            for key, value in headers:
                self.send_header(key, value)
            if not any(k == "Content-Length" for k, _ in headers):
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def redirect(self, location):
            self.send(302, b"", [("Location", location)])

        def do_GET(self):
            parts = self.path.lstrip("/").split("/", 2)
            kind = parts[0]
            try:
                if kind == "files":
                    return self.send(200, self.body_of(parts[1]), [("Content-Type", "application/xml")])
                if kind == "auth":
                    expected = "Basic " + base64.b64encode(auth.encode()).decode()
                    if self.headers.get("Authorization") != expected:
                        return self.send(401, b"<h1>401</h1>", [("WWW-Authenticate", 'Basic realm="feeds"')])
                    return self.send(200, self.body_of(parts[1]))
                if kind == "status":
                    return self.send(int(parts[1]), b"<html><body>an error page, not a feed</body></html>")
                if kind == "redirect":
                    n = int(parts[1])
                    return self.redirect(f"/redirect/{n - 1}/{parts[2]}" if n > 1 else f"/files/{parts[2]}")
                if kind == "loop":
                    return self.redirect("/loop")
                if kind.startswith("to?"):
                    return self.redirect(self.path.split("?", 1)[1])
                if kind in ("gzip", "deflate"):
                    data = self.body_of(parts[1])
                    packed = gzip.compress(data) if kind == "gzip" else zlib.compress(data)
                    return self.send(200, packed, [("Content-Encoding", kind)])
                if kind == "chunked":
                    data = self.body_of(parts[1])
                    self.send_response(200)
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    for i in range(0, len(data), 1000):
                        chunk = data[i:i + 1000]
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    self.wfile.write(b"0\r\n\r\n")
                    return
                if kind == "cut":
                    data = self.body_of(parts[1])
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data[: len(data) // 2])
                    self.wfile.flush()
                    time.sleep(0.3)  # the client reads the first half before it learns of the cut
                    self.close_connection = True
                    return
                if kind == "slow":
                    data = self.body_of(parts[1])
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data[:100])
                    self.wfile.flush()
                    time.sleep(60)
                    return
                self.send(404, b"<h1>no such thing</h1>")
            except (BrokenPipeError, ConnectionResetError):
                pass
            except FileNotFoundError:
                self.send(404, b"<h1>no such file</h1>")

    return Handler


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a client that hangs up early is what the tests are about


def serve_http(args):
    server = QuietServer(("127.0.0.1", args.port), make_handler(args.root, args.auth))
    if args.tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls[0], args.tls[1])
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print(f"port {server.server_address[1]}", flush=True)
    server.serve_forever()


def serve_ftp(args):
    from pyftpdlib.authorizers import DummyAuthorizer
    from pyftpdlib.handlers import FTPHandler
    from pyftpdlib.servers import FTPServer
    import logging
    logging.disable(logging.CRITICAL)
    authorizer = DummyAuthorizer()
    user, password = args.auth.split(":", 1)
    authorizer.add_user(user, password, args.root, perm="elr")
    authorizer.add_anonymous(args.root, perm="elr")
    handler = FTPHandler
    handler.authorizer = authorizer
    handler.passive_ports = None
    server = FTPServer(("127.0.0.1", args.port), handler)
    print(f"port {server.address[1]}", flush=True)
    server.serve_forever()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--auth", default="shop:s3cret")
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--ftp", action="store_true")
    args = parser.parse_args()
    (serve_ftp if args.ftp else serve_http)(args)


if __name__ == "__main__":
    sys.exit(main())
