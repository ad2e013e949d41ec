#!/usr/bin/env python3
"""bench/bench_jobs.py: one feed read in parts on two threads (--jobs 2) against one piece (--jobs 1).

Uses the feeds bench/run makes (bench/out/gen-seed1-43821.xml, about 150 MB, and
gen-seed1-438212.xml, about 1.5 GB; made with `syncfeed gen` when missing) and
small feeds for the size from which parts pay off. Every measure is run RUNS
times in turn (run 1 of each command, then run 2 of each...), and the medians
are compared: on a shared machine only ratios measured in the same run mean much.

    bench/bench_jobs.py [--runs 3] [--sizes 150,1500] [--threshold]

Prints one line per run and the medians, ratios and peak memory (docs/parallel.md).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
SYNCFEED = os.path.join(ROOT, "build", "syncfeed")
BYTES_PER_PROJECT = 3423


def feed(megabytes):
    projects = max(1, round(megabytes * 1e6 / BYTES_PER_PROJECT))
    path = os.path.join(OUT, f"gen-seed1-{projects}.xml")
    if not os.path.exists(path):
        os.makedirs(OUT, exist_ok=True)
        print(f"making {path}", file=sys.stderr, flush=True)
        subprocess.run([SYNCFEED, "gen", "--seed", "1", "--projects", str(projects), "-o", path], check=True)
    return path


def timed(command, env=None):
    """Wall seconds and peak memory (KiB) of one run, by GNU time."""
    with tempfile.NamedTemporaryFile("r") as report:
        subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", report.name] + command, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=env, check=False)
        wall, peak = report.read().split()[-2:]
        return float(wall), int(peak)


def measure(commands, runs):
    """Runs every command in turn, `runs` times; returns name -> (walls, peaks)."""
    results = {name: ([], []) for name, _, _ in commands}
    for run in range(1, runs + 1):
        for name, command, env in commands:
            wall, peak = timed(command, env)
            results[name][0].append(wall)
            results[name][1].append(peak)
            print(f"run {run}: {name}: {wall:.2f} s, {peak / 1024:.0f} MiB", flush=True)
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="150,1500")
    parser.add_argument("--threshold", action="store_true", help="also measure small feeds, parts forced")
    args = parser.parse_args()
    scratch = tempfile.mkdtemp()
    out_file = os.path.join(scratch, "out.xml")
    commands = []
    for size in (int(s) for s in args.sizes.split(",")):
        path = feed(size)
        for jobs in ("1", "2"):
            commands.append((f"{size} MB lint --jobs {jobs}", [SYNCFEED, "lint", "--no-progress", "--jobs", jobs, path], None))
        if size == 150:
            commands.append((f"{size} MB SAX2Count -v=never", ["SAX2Count", "-v=never", path], None))
        else:
            for jobs in ("1", "2"):
                commands.append((f"{size} MB fmt --jobs {jobs}",
                                 [SYNCFEED, "fmt", "--no-progress", "--jobs", jobs, path, "-o", out_file], None))
    if args.threshold:
        for size in (1, 2, 4, 8, 16):
            path = feed(size)
            env = dict(os.environ, SYNCFEED_PART_BYTES=str(32 << 10))  # parts whatever the size
            for jobs in ("1", "2"):
                commands.append((f"{size} MB lint --jobs {jobs}", [SYNCFEED, "lint", "--no-progress", "--jobs", jobs, path], env))
    results = measure(commands, args.runs)
    print("\nmedians:")
    medians = {name: (statistics.median(w), max(p)) for name, (w, p) in results.items()}
    for name, (wall, peak) in medians.items():
        print(f"  {name}: {wall:.2f} s, peak {peak / 1024:.0f} MiB")
    print("ratios (of medians):")
    for name in medians:
        if "--jobs 2" in name:
            one = name.replace("--jobs 2", "--jobs 1")
            print(f"  {name} / --jobs 1: {medians[name][0] / medians[one][0]:.2f}")
            sax = name.split(" lint")[0] + " SAX2Count -v=never"
            if sax in medians and " lint " in name:
                print(f"  {name} / SAX2Count -v=never: {medians[name][0] / medians[sax][0]:.2f}")
    os.remove(out_file) if os.path.exists(out_file) else None
    os.rmdir(scratch)


if __name__ == "__main__":
    main()
