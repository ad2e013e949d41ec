# Sourced by the bench/bench_*.sh scripts: where the binary and the feeds are,
# and the feed made once by bench/make_feed.py (deterministic).
#   source "$(dirname "$0")/common.sh" BUILD_DIR
# sets $here, $root, $syncfeed (checked), $dir ($BENCH_DIR, default /tmp/syncfeed-bench, created).

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
syncfeed="$root/${1:-build}/syncfeed"
dir=${BENCH_DIR:-/tmp/syncfeed-bench}

[ -x "$syncfeed" ] || { echo "no $syncfeed: build it first (or name the build folder)" >&2; exit 2; }
mkdir -p "$dir"

# make_feed PATH PROJECTS: makes the feed unless it is there already.
make_feed() {
  [ -s "$1" ] && return
  echo "making $1 ($2 projects)..."
  python3 "$here/make_feed.py" --projects "$2" --out "$1.tmp"
  mv "$1.tmp" "$1"
}
