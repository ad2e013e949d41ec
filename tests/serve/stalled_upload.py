#!/usr/bin/env python3
"""An upload that stalls half-way: sends the request and the first CUT bytes
of FEED, prints "sent CUT", waits until the file GO exists, then sends the
rest ("finish") or closes the connection ("close": a body cut short). Prints
the answer as {"status": HTTP status, "answer": JSON}, or "closed"
(tests/serve/stream_test.cpp).

    stalled_upload.py BASE_URL FEED CUT GO finish|close
"""
import json
import os
import socket
import sys
import time
import urllib.parse


def wait_for(path):
    deadline = time.monotonic() + 120
    while not os.path.exists(path):
        if time.monotonic() > deadline:
            sys.exit(f"no {path} in time")
        time.sleep(0.01)


def main():
    base_url, feed, cut, go, mode = sys.argv[1:]
    with open(feed, "rb") as f:
        body = f.read()
    cut = int(cut)
    url = urllib.parse.urlsplit(base_url)
    connection = socket.create_connection((url.hostname, url.port))
    head = (f"POST /Api/SyncFeed/42/Upload HTTP/1.1\r\nHost: {url.netloc}\r\n"
            f"Content-Type: application/xml\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n")
    connection.sendall(head.encode() + body[:cut])
    print(f"sent {cut}", flush=True)
    wait_for(go)
    if mode == "close":
        connection.close()
        print("closed", flush=True)
        return
    connection.sendall(body[cut:])
    answer = b""
    while chunk := connection.recv(65536):
        answer += chunk
    status_line, _, rest = answer.partition(b"\r\n")
    _, _, payload = rest.partition(b"\r\n\r\n")
    print(json.dumps({"status": int(status_line.split()[1]), "answer": json.loads(payload)}), flush=True)


if __name__ == "__main__":
    main()
