#!/usr/bin/env bash
# Times a sync through `syncfeed serve` (the feed uploaded by curl twice: from
# memory, --data-binary @FILE, as a generator that builds its feed in memory
# sends it, and streamed from the file, -T FILE; then the same feed by Source
# URL from a local http.server) against `syncfeed apply` of the file, each
# into a new state, and prints the ratios and peak memory.
#
#   bench/bench_serve.sh [PROJECTS] [BUILD_DIR]
#     PROJECTS   size of the feed (default 40000: about 150 MB)
#     BUILD_DIR  where the syncfeed binary is (default build)
#
# The feed is made once by bench/make_feed.py (deterministic) and kept in
# $BENCH_DIR (default /tmp/syncfeed-bench). A sync's time is the client's:
# upload (or download), lint and apply, answer; the sync reads the feed as it
# arrives. serve lints and applies side by side (two threads) while a third
# receives, so its CPU time is apply's plus lint's plus the transfer's. With
# --data-binary curl reads the whole file into memory before it sends a byte
# (the client's time includes that read). Each server serves one sync; its
# peak memory covers its whole life. Each run once: on a shared machine,
# compare the ratios of one run, not figures across runs.
set -euo pipefail

projects=${1:-40000}
source "$(dirname "$0")/common.sh" "${2:-build}"
feed="$dir/feed-$projects.xml"

make_feed "$feed" "$projects"
size=$(stat -c %s "$feed")
printf "feed: %s, %d projects, %.1f MB\n" "$feed" "$projects" "$(echo "$size / 1000000" | bc -l)"

pids=()
# Stops the process under /usr/bin/time (its child), so that time reports it.
stop_timed() { pkill -TERM -P "$1" 2>/dev/null || true; wait "$1" || true; }
# The http.server has no child: it is killed before it is waited for (else the script never ends).
cleanup() {
  for pid in "${pids[@]}"; do
    [ -n "$pid" ] || continue
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

# apply of the file.
rm -f "$dir/apply.db"*
/usr/bin/time -f "%e %M" -o "$dir/apply.time" "$syncfeed" apply --quiet --state "$dir/apply.db" "$feed" >/dev/null
read -r apply_wall apply_kib <"$dir/apply.time"
printf "apply   wall %7.2f s   peak memory %7.1f MiB\n" "$apply_wall" "$(echo "$apply_kib / 1024" | bc -l)"

# start_server: a server on a free port, on a new state, under /usr/bin/time
# for its peak memory; sets $url.
start_server() {
  # serve.out goes first: the loop below must not find the last server's line
  # before the shell has truncated the file for this one.
  rm -f "$dir/serve.db"* "$dir/serve.out"
  /usr/bin/time -f "%e %M" -o "$dir/serve.time" "$syncfeed" serve --state "$dir/serve.db" --listen 127.0.0.1:0 \
    >"$dir/serve.out" 2>"$dir/serve.err" &
  pids[0]=$!
  for _ in $(seq 100); do grep -q 'listening on http://[0-9.:]*/' "$dir/serve.out" 2>/dev/null && break; sleep 0.1; done
  url=$(grep -o 'http://[0-9.:]*' "$dir/serve.out")
}
# stop_server NAME: stops it and prints its peak memory.
stop_server() {
  stop_timed "${pids[0]}"
  pids[0]=""
  local serve_kib
  read -r _ serve_kib <"$dir/serve.time"
  printf "serve   peak memory %7.1f MiB (%s)\n" "$(echo "$serve_kib / 1024" | bc -l)" "$1"
}

# sync NAME CURL-ARGS...: the client's wall time of one sync into a new state.
sync() {
  local name=$1
  shift
  start_server
  local answer="$dir/$name.json"
  local wall
  wall=$(curl --silent --show-error --output "$answer" --write-out '%{time_total}' "$@" "$url$path")
  local outcome sync_ms
  read -r outcome sync_ms < <(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); print(a["outcome"], a["duration_ms"])' "$answer")
  printf "%-9s wall %7.2f s   (outcome %s, ratio to apply %.2fx; the sync itself %.2f s)\n" "$name" "$wall" "$outcome" \
    "$(echo "$wall / $apply_wall" | bc -l)" "$(echo "$sync_ms / 1000" | bc -l)"
  stop_server "$name"
}

# The shop's server, for the Source.
rm -f "$dir/http.out"
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$dir" >"$dir/http.out" 2>&1 &
pids+=("" $!)
for _ in $(seq 100); do grep -q "port" "$dir/http.out" 2>/dev/null && break; sleep 0.1; done
feed_url="http://127.0.0.1:$(grep -o 'port [0-9]*' "$dir/http.out" | cut -d' ' -f2)/$(basename "$feed")"

path=/Api/SyncFeed/1/Upload
sync upload -H "Content-Type: application/xml" --data-binary "@$feed"
sync upload-T -H "Content-Type: application/xml" -T "$feed" -X POST
path=/Api/SyncFeed/1
sync source --get --data-urlencode "Source=$feed_url"

# apply again: how much the machine's load moved during the run.
rm -f "$dir/apply.db"*
/usr/bin/time -f "%e %M" -o "$dir/apply.time" "$syncfeed" apply --quiet --state "$dir/apply.db" "$feed" >/dev/null
read -r apply_wall _ <"$dir/apply.time"
printf "apply   wall %7.2f s   (again, after the syncs)\n" "$apply_wall"
