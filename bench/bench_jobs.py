#!/usr/bin/env python3
"""bench/bench_jobs.py: one feed read in parts on two threads (--jobs 2) against one piece (--jobs 1).

Uses the feeds bench/run makes (bench/out/gen-seed1-43821.xml, about 150 MB, and
gen-seed1-438212.xml, about 1.5 GB; made with `syncfeed gen` when missing, or
named with --feed150 / --feed1500) and smaller feeds for the size from which
parts pay off (--threshold). Every command is run RUNS times in turn (run 1 of
each command, then run 2 of each...), and the medians are compared: on a shared
machine only ratios measured in the same run mean much.

    bench/bench_jobs.py [--runs 3] [--sizes 150,1500] [--threshold] [--part-bytes N]

Prints every run (wall, CPU = user + system, peak memory, load average), the
medians, and the issue's targets (#16) as ratios of medians (docs/parallel.md).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
SYNCFEED = os.environ.get("SYNCFEED", os.path.join(ROOT, "build", "syncfeed"))  # the binary measured
BYTES_PER_PROJECT = 3423
PART_BYTES = 256 << 10  # kPartBytes (feed/reader.h): --threshold forces parts of this size below kMinPartedBytes


def feed(megabytes, override=None):
    if override:
        return override
    projects = max(1, round(megabytes * 1e6 / BYTES_PER_PROJECT))
    path = os.path.join(OUT, f"gen-seed1-{projects}.xml")
    if not os.path.exists(path):
        os.makedirs(OUT, exist_ok=True)
        print(f"making {path}", file=sys.stderr, flush=True)
        subprocess.run([SYNCFEED, "gen", "--seed", "1", "--projects", str(projects), "-o", path], check=True)
    return path


def timed(command, env=None):
    """Wall seconds, CPU seconds (user + system) and peak memory (KiB) of one run, by GNU time."""
    with tempfile.NamedTemporaryFile("r") as report:
        subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", report.name] + command,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
        wall, user, system, peak = report.read().split()[-4:]
        return float(wall), float(user) + float(system), int(peak)


def load_average():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def measure(commands, runs):
    """Runs every command in turn, `runs` times; returns name -> list of (wall, cpu, peak, load)."""
    results = {name: [] for name, _, _ in commands}
    for run in range(1, runs + 1):
        for name, command, env in commands:
            load = load_average()
            wall, cpu, peak = timed(command, env)
            results[name].append((wall, cpu, peak, load))
            print(f"run {run}: {name}: {wall:.2f} s wall, {cpu:.2f} s CPU, {peak / 1024:.0f} MiB, load {load:.2f}",
                  flush=True)
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="150,1500")
    parser.add_argument("--feed150", help="the 150 MB feed (default: made in bench/out)")
    parser.add_argument("--feed1500", help="the 1.5 GB feed (default: made in bench/out)")
    parser.add_argument("--threshold", action="store_true",
                        help="also lint feeds of 4 to 64 MB, parts forced below the threshold")
    parser.add_argument("--part-bytes", type=int, help="SYNCFEED_PART_BYTES for every --jobs 2 run")
    args = parser.parse_args()
    scratch = tempfile.mkdtemp()
    out_file = os.path.join(scratch, "out.xml")
    forced = dict(os.environ, SYNCFEED_PART_BYTES=str(args.part_bytes)) if args.part_bytes else None
    commands = []
    for size in (int(s) for s in args.sizes.split(",")):
        path = feed(size, {150: args.feed150, 1500: args.feed1500}.get(size))
        for jobs in ("1", "2"):
            commands.append((f"{size} MB lint --jobs {jobs}",
                             [SYNCFEED, "lint", "--no-config", "--no-progress", "--jobs", jobs, path],
                             forced if jobs == "2" else None))
        if size == 150:
            commands.append((f"{size} MB SAX2Count -v=never", ["SAX2Count", "-v=never", path], None))
        else:
            for jobs in ("1", "2"):
                commands.append((f"{size} MB fmt --jobs {jobs}",
                                 [SYNCFEED, "fmt", "--no-progress", "--jobs", jobs, path, "-o", out_file],
                                 forced if jobs == "2" else None))
    if args.threshold:
        env = dict(os.environ, SYNCFEED_PART_BYTES=str(args.part_bytes or PART_BYTES))  # parts whatever the size
        for size in (4, 8, 16, 32, 64):
            path = feed(size)
            for jobs in ("1", "2"):
                commands.append((f"{size} MB lint --jobs {jobs}",
                                 [SYNCFEED, "lint", "--no-config", "--no-progress", "--jobs", jobs, path],
                                 env if jobs == "2" else None))
    results = measure(commands, args.runs)
    print("\nmedians (wall, CPU, peak; load average over the runs):")
    medians = {}
    for name, runs in results.items():
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        peak = max(r[2] for r in runs)
        loads = [r[3] for r in runs]
        medians[name] = (wall, cpu, peak)
        print(f"  {name}: {wall:.2f} s, {cpu:.2f} s CPU, peak {peak / 1024:.0f} MiB, load {min(loads):.1f}-{max(loads):.1f}")
    print("\n--jobs 2 / --jobs 1 (wall, of medians):")
    for name in medians:
        one = name.replace("--jobs 2", "--jobs 1")
        if "--jobs 2" in name and one in medians:
            print(f"  {name}: {medians[name][0] / medians[one][0]:.2f} (CPU {medians[name][1] / medians[one][1]:.2f})")
    print("\nissue #16's targets:")
    targets = [
        ("lint --jobs 2 / SAX2Count -v=never (150 MB)", "150 MB lint --jobs 2", "150 MB SAX2Count -v=never", 0.70),
        ("lint --jobs 2 / lint --jobs 1 (1.5 GB)", "1500 MB lint --jobs 2", "1500 MB lint --jobs 1", 0.60),
        ("fmt --jobs 2 / fmt --jobs 1 (1.5 GB)", "1500 MB fmt --jobs 2", "1500 MB fmt --jobs 1", 0.65),
    ]
    for label, a, b, limit in targets:
        if a in medians and b in medians:
            ratio = medians[a][0] / medians[b][0]
            print(f"  | {label} | {ratio:.2f} | <= {limit:.2f} | {'met' if ratio <= limit else 'missed'} |")
    if "1500 MB lint --jobs 2" in medians:
        peak = medians["1500 MB lint --jobs 2"][2] / 1024
        print(f"  | peak memory, lint --jobs 2 (1.5 GB) | {peak:.0f} MiB | <= 128 MiB | {'met' if peak <= 128 else 'missed'} |")
    if os.path.exists(out_file):
        os.remove(out_file)
    os.rmdir(scratch)


if __name__ == "__main__":
    main()
