#!/usr/bin/env bash
# Times `syncfeed diff` and `syncfeed delta` of two big revisions of a feed,
# against `syncfeed fmt` of one of them (and xmllint --stream, when installed),
# and prints the ratios and the peak memory of each.
#
#   bench/bench_diff.sh [PROJECTS] [BUILD_DIR]
#     PROJECTS   size of each revision (default 40000: about 150 MB)
#     BUILD_DIR  where the syncfeed binary is (default build)
#
# OLD is made by bench/make_feed.py, NEW from it by bench/make_revision.py
# (2 % of the projects changed, 0.5 % removed, 200 added); both are kept in
# $BENCH_DIR (default /tmp/syncfeed-bench). Each command runs once: on a shared
# machine, read the CPU (user+sys) column as well as the wall clock.
set -euo pipefail

projects=${1:-40000}
source "$(dirname "$0")/common.sh" "${2:-build}"
old="$dir/diff-old-$projects.xml"
new="$dir/diff-new-$projects.xml"

make_feed "$old" "$projects"
if [ ! -s "$new" ]; then
  echo "making $new..."
  python3 "$here/make_revision.py" "$old" "$new.tmp"
  mv "$new.tmp" "$new"
fi

# run NAME OKCODES COMMAND...: wall and CPU seconds and peak memory; kept in $NAME_wall / $NAME_cpu.
run() {
  local name=$1 ok=$2
  shift 2
  local log="$dir/$name.time" rc=0
  /usr/bin/time -f "%e %U %S %M" -o "$log" "$@" >"$dir/$name.out" 2>"$dir/$name.err" || rc=$?
  case " $ok " in *" $rc "*) ;; *) echo "$name failed ($rc):" >&2; cat "$dir/$name.err" >&2; exit 2 ;; esac
  read -r wall user sys kib < <(tail -1 "$log")  # time adds a line for a non-zero exit
  cpu=$(echo "$user + $sys" | bc)
  printf "%-8s wall %7.2f s   cpu %7.2f s   peak memory %7.1f MiB\n" "$name" "$wall" "$cpu" "$(echo "$kib / 1024" | bc -l)"
  eval "${name}_wall=$wall ${name}_cpu=$cpu"
}

printf "OLD: %s, %.0f MB\nNEW: %s, %.0f MB\n" "$old" "$(echo "$(stat -c %s "$old") / 1000000" | bc -l)" \
  "$new" "$(echo "$(stat -c %s "$new") / 1000000" | bc -l)"
run fmt 0 "$syncfeed" fmt "$new"
if command -v xmllint >/dev/null; then run xmllint 0 xmllint --stream --noout "$new"; fi
run diff 1 "$syncfeed" diff "$old" "$new"
run json 1 "$syncfeed" diff --format json "$old" "$new"
run same 0 "$syncfeed" diff "$new" "$new"
run delta 0 "$syncfeed" delta "$old" "$new" -o "$dir/diff-delta-$projects.xml"
tail -1 "$dir/diff.out"
printf "delta: %.1f MB; %s\n" "$(echo "$(stat -c %s "$dir/diff-delta-$projects.xml") / 1000000" | bc -l)" "$(tail -1 "$dir/delta.err")"

ratio() { echo "scale=2; $1 / $2" | bc; }
echo "diff/fmt    wall $(ratio "$diff_wall" "$fmt_wall")x  cpu $(ratio "$diff_cpu" "$fmt_cpu")x"
echo "delta/fmt   wall $(ratio "$delta_wall" "$fmt_wall")x  cpu $(ratio "$delta_cpu" "$fmt_cpu")x"
if [ -n "${xmllint_wall:-}" ]; then
  echo "diff/xmllint wall $(ratio "$diff_wall" "$xmllint_wall")x  cpu $(ratio "$diff_cpu" "$xmllint_cpu")x"
fi
