#!/usr/bin/env bash
# Instructions per batch of each overhead row, under callgrind (load-independent, unlike the
# timed rows): each row runs alone twice, for 20 and for 220 batches after the same warm-up,
# and the difference over 200 is the cost of one batch. Two counts per row:
# - "all": every thread, the emulator included (the share of a round trip);
# - "caller": only the caller's task (the bench's `Contenders::run` future and what it
#   calls), without the emulator and the connection tasks, which the rows share: the
#   client's own work, steadier from run to run than "all", where thread scheduling moves
#   the emulator's count by up to ~1%.
#
#   bash eventgrid-client/benches/instructions.sh [row...]
#
# Rows are named as `cargo bench -p eventgrid-client --bench overhead` prints them.
# EG_BENCH_BINARY=<path> counts a saved bench binary (say, one built from another commit)
# instead of building this tree's.
set -euo pipefail
cd "$(dirname "$0")/../.."
bench=${EG_BENCH_BINARY:-$(cargo bench -p eventgrid-client --bench overhead --no-run \
  --message-format=json 2>/dev/null |
  sed -n 's/.*"executable":"\([^"]*overhead[^"]*\)".*/\1/p' | tail -1)}
if [ "$#" -eq 0 ]; then
  set -- "bare POST" "client send_batch" "bare POST, fresh body" "azure_core pipeline" \
    "azure_core HttpClient" "encode only"
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# count ROW BATCHES [callgrind option...]
count() {
  local row=$1 batches=$2
  shift 2
  EG_BENCH_ONLY="$row" EG_BENCH_BATCHES="$batches" valgrind --tool=callgrind "$@" \
    --callgrind-out-file="$out/cg" "$bench" 2>&1 >/dev/null |
    sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}
per_batch() {
  local small large
  small=$(count "$1" 20 "${@:2}")
  large=$(count "$1" 220 "${@:2}")
  echo $(((large - small) / 200))
}
base_all=
base_caller=
printf '%-24s %10s %8s %10s %10s\n' "instructions per batch" "all" "÷ first" "caller" "- first"
for row in "$@"; do
  all=$(per_batch "$row")
  caller=$(per_batch "$row" '--toggle-collect=overhead::Contenders::run::*')
  base_all=${base_all:-$all}
  base_caller=${base_caller:-$caller}
  printf '%-24s %10d %8.3f %10d %+10d\n' "$row" "$all" "$(echo "$all / $base_all" | bc -l)" \
    "$caller" $((caller - base_caller))
done
