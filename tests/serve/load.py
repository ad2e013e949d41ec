#!/usr/bin/env python3
"""Many generators at once: CLIENTS threads upload the FEEDs (each feed once,
as generator.py does) to one server. Prints one JSON line per feed, in the
order given: {"feed": path, "status": HTTP status or null, "answer": JSON or
the error}.

    load.py BASE_URL SYSTEM_ID API_KEY CLIENTS FEED...
"""
import concurrent.futures
import json
import sys

from generator import upload


def main():
    base_url, system_id, api_key, clients, *feeds = sys.argv[1:]

    def one(path):
        try:
            status, answer = upload(base_url.rstrip("/"), system_id, api_key, path)
            return {"feed": path, "status": status, "answer": answer}
        except Exception as error:  # an unanswered request is what the test looks for
            return {"feed": path, "status": None, "answer": repr(error)}

    with concurrent.futures.ThreadPoolExecutor(max_workers=int(clients)) as pool:
        for result in pool.map(one, feeds):
            print(json.dumps(result))


if __name__ == "__main__":
    main()
