#!/usr/bin/env bash
# Times `syncfeed lint` against the reference XML tools on the same large,
# realistic feed (bench/make_feed.py), in the same run:
#   - xmllint --stream --noout --schema xsd/syncfeed.xsd   (libxml2: parse + XSD validation)
#   - SAX2Count -v=never                                    (Xerces-C: parse only, the floor)
# Each tool runs 3 times, alternating; the script prints the median wall time,
# the peak RSS (/usr/bin/time -v) and lint's ratio to each.
#   bench/bench_lint.sh [PROJECTS] [BUILD_DIR]     # default: 100000 projects (~370 MB), build
set -euo pipefail
cd "$(dirname "$0")/.."
projects="${1:-100000}"
build="${2:-build}"
out=bench/out
mkdir -p "$out"
feed="$out/lint-bench-$projects.xml"
[[ -x /usr/bin/time ]] || { echo "bench_lint: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
command -v SAX2Count >/dev/null || { echo "bench_lint: needs SAX2Count (apt-get install libxerces-c-samples)" >&2; exit 2; }
[[ -f "$feed" ]] || python3 bench/make_feed.py --projects "$projects" --out "$feed"
cmake --build "$build" --target syncfeed >/dev/null

declare -A commands=(
  [lint]="$build/syncfeed lint --no-config $feed"
  [lint-json]="$build/syncfeed lint --no-config --format json $feed"
  [xmllint]="xmllint --stream --noout --schema xsd/syncfeed.xsd $feed"
  [SAX2Count]="SAX2Count -v=never $feed"
)
order=(lint lint-json xmllint SAX2Count)
results="$out/lint-bench-times.tsv"
: >"$results"
for run in 1 2 3; do
  for tool in "${order[@]}"; do
    # Exit codes are not the point here (lint exits 1 on findings): only time and memory.
    /usr/bin/time -f "%e %M" -o "$out/time.txt" ${commands[$tool]} >/dev/null 2>&1 || true
    echo -e "$tool\t$(cat "$out/time.txt")" >>"$results"
  done
done

python3 - "$results" "$feed" <<'PY'
import os, statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]) if line.strip()]
times, rss = {}, {}
for tool, figures in rows:
    seconds, kb = figures.split()
    times.setdefault(tool, []).append(float(seconds))
    rss.setdefault(tool, []).append(int(kb))
size = os.path.getsize(sys.argv[2]) / 1e6
print(f"feed: {sys.argv[2]} ({size:.0f} MB)")
print(f"{'tool':<10} {'median s':>9} {'MB/s':>7} {'peak RSS MB':>12}")
for tool in times:
    m = statistics.median(times[tool])
    print(f"{tool:<10} {m:>9.2f} {size / m:>7.0f} {max(rss[tool]) / 1024:>12.1f}")
lint = statistics.median(times["lint"])
for ref in ("xmllint", "SAX2Count"):
    print(f"lint / {ref}: {lint / statistics.median(times[ref]):.2f}x the time")
PY
