#!/usr/bin/env python3
"""bench/bench_plan_json.py: `plan --format json` against `lint` (issue 16's
target: within 1.2x of lint's wall time) and against the text plan.

    bench/bench_plan_json.py [--runs 5] [--build build] [--feed PATH] [--other NAME=BINARY ...]

The feed is bench/make_feed.py's (40,000 projects, about 150 MB), made once in
$BENCH_DIR (default /tmp/syncfeed-bench), as bench/bench_serve.sh makes it.
Each round runs every command once, in turn (lint, plan, plan --format json,
then the same commands of each --other binary, an older build say), so that a
busy moment of a shared machine falls on all of them alike; the ratios are of
medians measured in the same run. Output goes to /dev/null (--out: another
null device, when /dev/null has been replaced by a file). Every run is
printed (wall, user, system seconds, peak memory), with the load average
before the first and after the last round.
"""
import argparse
import os
import stat
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def feed_path(projects):
    folder = os.environ.get("BENCH_DIR", "/tmp/syncfeed-bench")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"feed-{projects}.xml")
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        print(f"making {path} ({projects} projects)...", file=sys.stderr)
        subprocess.run([sys.executable, os.path.join(HERE, "make_feed.py"), "--projects", str(projects),
                        "--out", path + ".tmp"], check=True)
        os.replace(path + ".tmp", path)
    return path


def timed(argv, ok_codes, out):
    """Wall, user, system seconds and peak KiB of one run (GNU time)."""
    with tempfile.NamedTemporaryFile("r") as log, open(out, "wb") as sink:
        done = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", log.name, *argv],
                              stdout=sink, stderr=subprocess.PIPE, text=True)
        if done.returncode not in ok_codes:
            sys.exit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr[-500:]}")
        wall, user, system, kib = log.read().split("\n")[-2].split()
    return float(wall), float(user), float(system), int(kib)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--feed", help="default: make_feed.py's feed of --projects projects")
    parser.add_argument("--projects", type=int, default=40000)
    parser.add_argument("--other", action="append", default=[], metavar="NAME=BINARY",
                        help="also time this binary's plan --format json (an older build, say)")
    parser.add_argument("--out", default=os.devnull,
                        help="where the output goes (default /dev/null; it must be the null device)")
    args = parser.parse_args()
    if not stat.S_ISCHR(os.stat(args.out).st_mode):
        sys.exit(f"{args.out} is not a character device (a command's -o replaced it with a file?): "
                 "writing to it costs what writing a file does; name another with --out (mknod PATH c 1 3)")
    feed = args.feed or feed_path(args.projects)
    syncfeed = os.path.join(args.build, "syncfeed")
    commands = {
        # One thread, as bench/run's reference: from 16 MiB lint reads a file on two by default.
        "lint": ([syncfeed, "lint", "--no-config", "--jobs", "1", feed], (0, 1)),
        "plan": ([syncfeed, "plan", feed], (0,)),
        "plan --format json": ([syncfeed, "plan", "--format", "json", feed], (0,)),
    }
    for other in args.other:
        name, binary = other.split("=", 1)
        commands[f"{name}: plan --format json"] = ([binary, "plan", "--format", "json", feed], (0,))

    print(f"feed: {feed}, {os.path.getsize(feed) / 1e6:.0f} MB; {os.cpu_count()} cores")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    runs = {name: [] for name in commands}
    for round_ in range(1, args.runs + 1):
        for name, (argv, ok) in commands.items():
            wall, user, system, kib = timed(argv, ok, args.out)
            runs[name].append((wall, user, system, kib))
            print(f"round {round_}  {name:<32} wall {wall:5.2f} s  user {user:5.2f} s  sys {system:4.2f} s  "
                  f"peak {kib / 1024:6.1f} MiB", flush=True)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    median = lambda name, i: statistics.median(r[i] for r in runs[name])
    print()
    print("| command | median wall | median user | wall / lint | user / lint | wall / plan | user / plan |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in commands:
        wall, user = median(name, 0), median(name, 1)
        print(f"| `{name}` | {wall:.2f} s | {user:.2f} s | {wall / median('lint', 0):.2f} "
              f"| {user / median('lint', 1):.2f} | {wall / median('plan', 0):.2f} | {user / median('plan', 1):.2f} |")


if __name__ == "__main__":
    main()
