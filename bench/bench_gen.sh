#!/usr/bin/env bash
# How fast `syncfeed gen` writes a feed, and how much memory it holds while it
# does: MB/s and peak RSS, for a plain feed, one with edge values, and one
# with a defect in 1% of the projects.
#
#   bench/bench_gen.sh [PROJECTS] [BUILD_DIR]
#     PROJECTS   projects per feed (default 200000: about 0.7 GB)
#     BUILD_DIR  where the syncfeed binary is (default build)
#
# The feeds go to standard output, counted by wc, so the disk is not
# measured. Each run happens once: on a shared machine, read MB per CPU second
# as well as MB per wall second. Memory must not grow with PROJECTS: compare
# two sizes.
set -euo pipefail

projects=${1:-200000}
build=${2:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
syncfeed="$root/$build/syncfeed"
[ -x "$syncfeed" ] || { echo "no $syncfeed: build it first (or name the build folder)" >&2; exit 2; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT

printf '%-34s %8s %8s %8s %8s %10s %9s\n' run MB wall_s cpu_s MB/s MB/cpu_s peak_MiB
run() {
  local name=$1
  shift
  local bytes
  bytes=$(/usr/bin/time -f "%e %U %S %M" -o "$log" "$syncfeed" gen --seed 1 --projects "$projects" "$@" | wc -c)
  read -r wall user sys rss <"$log"
  awk -v n="$name" -v b="$bytes" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN {
    printf "%-34s %8.1f %8.2f %8.2f %8.1f %10.1f %9.1f\n", n, b / 1e6, w, u + s, (w > 0 ? b / 1e6 / w : 0),
           (u + s > 0 ? b / 1e6 / (u + s) : 0), r / 1024 }'
}

run "plain"
run "edge values" --edge-values
run "defect order-status, rate 0.01" --defect order-status --defect-rate 0.01
