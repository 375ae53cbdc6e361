#!/usr/bin/env bash
# Instructions per batch of each overhead row, under callgrind (load-independent, unlike the
# timed rows): each row runs alone twice, for 20 and for 220 batches after the same warm-up,
# and the difference over 200 is the cost of one batch, emulator included.
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
count() {
  EG_BENCH_ONLY="$1" EG_BENCH_BATCHES="$2" valgrind --tool=callgrind \
    --callgrind-out-file="$out/cg" "$bench" 2>&1 >/dev/null |
    sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}
base=
for row in "$@"; do
  small=$(count "$row" 20)
  large=$(count "$row" 220)
  per_batch=$(((large - small) / 200))
  base=${base:-$per_batch}
  printf '%-28s %10d instructions/batch  %.3fx the first row\n' "$row" "$per_batch" \
    "$(echo "$per_batch / $base" | bc -l)"
done
