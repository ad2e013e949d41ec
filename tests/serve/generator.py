#!/usr/bin/env python3
"""Does what a webshop's feed generator does in production, with Python's
standard library only: POSTs each feed to the XML sync API with HTTP basic
auth (system id, API key) and Content-Type: application/xml, then reads the
JSON answer. Prints one line per feed: {"status": HTTP status, "answer": JSON}.

    generator.py BASE_URL SYSTEM_ID API_KEY FEED...
"""
import base64
import json
import sys
import urllib.error
import urllib.request


def upload(base_url, system_id, api_key, path):
    with open(path, "rb") as feed:
        body = feed.read()
    credentials = base64.b64encode(f"{system_id}:{api_key}".encode()).decode()
    request = urllib.request.Request(
        f"{base_url}/Api/SyncFeed/{system_id}/Upload", data=body, method="POST",
        headers={"Content-Type": "application/xml", "Authorization": "Basic " + credentials})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def main():
    base_url, system_id, api_key, *feeds = sys.argv[1:]
    for path in feeds:
        status, answer = upload(base_url.rstrip("/"), system_id, api_key, path)
        print(json.dumps({"status": status, "answer": answer}), flush=True)


if __name__ == "__main__":
    main()
