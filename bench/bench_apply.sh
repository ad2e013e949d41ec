#!/usr/bin/env bash
# Times `syncfeed apply` of a big generated feed into a new state, against
# `syncfeed plan` and `syncfeed lint` of the same feed, and prints the ratios.
#
#   bench/bench_apply.sh [PROJECTS] [BUILD_DIR]
#     PROJECTS   size of the feed (default 400000: about 1.5 GB)
#     BUILD_DIR  where the syncfeed binary is (default build)
#
# The feed is made once by bench/make_feed.py (deterministic) and kept in
# $BENCH_DIR (default /tmp/syncfeed-bench); the state is made anew each run.
# Each command runs once: on a shared machine, read the CPU (user+sys) column
# as well as the wall clock.
set -euo pipefail

projects=${1:-400000}
source "$(dirname "$0")/common.sh" "${2:-build}"
feed="$dir/feed-$projects.xml"
state="$dir/state-$projects.db"

make_feed "$feed" "$projects"
size=$(stat -c %s "$feed")

# run NAME COMMAND...: prints wall and CPU seconds and peak memory; keeps them in $wall / $cpu.
run() {
  local name=$1
  shift
  local log="$dir/$name.time"
  /usr/bin/time -f "%e %U %S %M" -o "$log" "$@" >/dev/null 2>"$dir/$name.err" || {
    local rc=$?
    # lint exits 1 for findings: that is a result, not a failure.
    if [ "$name" != lint ] || [ $rc -ne 1 ]; then echo "$name failed ($rc):" >&2; cat "$dir/$name.err" >&2; exit 2; fi
  }
  read -r wall user sys kib <"$log"
  cpu=$(echo "$user + $sys" | bc)
  printf "%-6s wall %8.2f s   cpu %8.2f s   peak memory %7.1f MiB\n" "$name" "$wall" "$cpu" "$(echo "$kib / 1024" | bc -l)"
  eval "${name}_wall=$wall ${name}_cpu=$cpu"
}

printf "feed: %s, %d projects, %.2f GB\n" "$feed" "$projects" "$(echo "$size / 1000000000" | bc -l)"
run lint "$syncfeed" lint --no-config "$feed"
run plan "$syncfeed" plan --quiet "$feed"
rm -f "$state" "$state-journal"
run apply "$syncfeed" apply --quiet --state "$state" "$feed"
printf "state: %.1f MB\n" "$(echo "$(stat -c %s "$state") / 1000000" | bc -l)"
run again "$syncfeed" apply --quiet --state "$state" "$feed"   # every card unchanged

ratio() { echo "scale=2; $1 / $2" | bc; }
echo "apply/lint  wall $(ratio "$apply_wall" "$lint_wall")x  cpu $(ratio "$apply_cpu" "$lint_cpu")x"
echo "apply/plan  wall $(ratio "$apply_wall" "$plan_wall")x  cpu $(ratio "$apply_cpu" "$plan_cpu")x"
echo "plan/lint   wall $(ratio "$plan_wall" "$lint_wall")x  cpu $(ratio "$plan_cpu" "$lint_cpu")x"
