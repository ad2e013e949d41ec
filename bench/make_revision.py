#!/usr/bin/env python3
"""Writes the next revision of a feed made by make_feed.py, deterministically:
a share of the projects changed (one product quantity, or the status, or the
name), a share removed, some new ones appended. For diff and delta benchmarks.

    bench/make_revision.py OLD.xml NEW.xml [--change-rate 0.02] [--remove-rate 0.005] [--add 200] [--seed 1]

It reads OLD line by line (make_feed.py's layout: one element a line), so its
memory does not grow with the feed.
"""
import argparse
import os
import re
import subprocess
import sys

PROJECT = re.compile(r'^  <Project Id="(\d+)">')
QUANTITY = re.compile(r"<Quantity>(\d+)</Quantity>")


def fate(seed, project_id, change_rate, remove_rate):
    # A cheap deterministic hash of (seed, id) in [0, 1): the same on every machine.
    x = (project_id * 2654435761 + seed * 40503) % 4294967296
    x = (x ^ (x >> 13)) * 1274126177 % 4294967296
    u = x / 4294967296
    if u < remove_rate:
        return "remove"
    if u < remove_rate + change_rate:
        return ("quantity", "status", "name")[project_id % 3]
    return "keep"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--change-rate", type=float, default=0.02)
    parser.add_argument("--remove-rate", type=float, default=0.005)
    parser.add_argument("--add", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    counts = {"keep": 0, "remove": 0, "quantity": 0, "status": 0, "name": 0}
    max_id = 0
    current = "keep"
    edited = False
    with open(args.old, encoding="utf-8") as old, open(args.new, "w", encoding="utf-8") as new:
        for line in old:
            m = PROJECT.match(line)
            if m:
                project_id = int(m.group(1))
                max_id = max(max_id, project_id)
                current = fate(args.seed, project_id, args.change_rate, args.remove_rate)
                counts[current] += 1
                edited = False
            if line.startswith("</Projects>"):
                new.flush()
                here = os.path.dirname(os.path.abspath(__file__))
                extra = subprocess.run(
                    [sys.executable, os.path.join(here, "make_feed.py"), "--projects", str(args.add),
                     "--first-id", str(max_id + 1), "--seed", str(args.seed + 1)],
                    check=True, capture_output=True, text=True).stdout
                body = extra.split("<Projects>\n", 1)[1].rsplit("</Projects>", 1)[0]
                new.write(body)
                new.write(line)
                current = "keep"
                continue
            if current == "remove":
                continue
            if not edited and current == "quantity" and QUANTITY.search(line):
                line = QUANTITY.sub(lambda q: f"<Quantity>{int(q.group(1)) + 1}</Quantity>", line, count=1)
                edited = True
            elif not edited and current == "status" and "<StatusId>" in line:
                line = "    <StatusId>Regular customer</StatusId>\n"
                edited = True
            elif not edited and current == "name" and line.startswith("    <Name>"):
                line = line.replace("</Name>", " Jr.</Name>")
                edited = True
            new.write(line)
    counts["added"] = args.add
    print(" ".join(f"{k}={v}" for k, v in counts.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
