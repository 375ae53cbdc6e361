#!/usr/bin/env bash
# Instructions of ours and of the limit for codec bench rows, under callgrind: steady from run
# to run whatever else the machine does, unlike the timed table (though cache misses and
# the allocator's waits are not in them).
#
#   bash tests/benches/instructions.sh [ROW...]
#
# Each row (a name, or a part of one, as `cargo bench -p eventgrid-tests --bench codec` prints
# it; default: every row) runs once per contender with `EG_BENCH_ONLY=ours|limit`, 10
# iterations of the batch rows and 2,000 of the one-event rows, counting only the timed
# closure. Prints both counts and ours ÷ limit. EG_BENCH_BINARY=<path> counts a saved bench
# binary instead of building this tree's.
set -euo pipefail
cd "$(dirname "$0")/../.."
bench=${EG_BENCH_BINARY:-$(cargo bench -p eventgrid-tests --bench codec --no-run \
  --message-format=json 2>/dev/null |
  sed -n 's/.*"executable":"\([^"]*codec[^"]*\)".*/\1/p' | tail -1)}
cd tests
if [ "$#" -eq 0 ]; then
  # Every row's name, from the bench itself.
  mapfile -t rows < <(EG_BENCH_ONLY=ours EG_BENCH_ITERS=0 "$bench" 2>&1 >/dev/null |
    sed -n 's/^profiling ours: \(.*\) x0$/\1/p' | sed 's/^ *//')
  set -- "${rows[@]}"
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
count() { # count CONTENDER ITERATIONS ROW
  EG_BENCH_ONLY=$1 EG_BENCH_ITERS=$2 valgrind --tool=callgrind --collect-atstart=no \
    --toggle-collect='codec::run::{{closure}}' --callgrind-out-file="$out/cg" "$bench" "$3" \
    >/dev/null 2>&1
  sed -n 's/^summary: *//p' "$out/cg"
}
printf '%-66s %13s %13s %7s\n' "row" "ours" "limit" "ratio"
for row in "$@"; do
  case $row in "1 event"* | binary*) iterations=2000 ;; *) iterations=10 ;; esac
  ours=$(count ours "$iterations" "$row")
  limit=$(count limit "$iterations" "$row")
  awk -v row="$row" -v ours="$ours" -v limit="$limit" \
    'BEGIN { printf "%-66s %13d %13d %7.3f\n", row, ours, limit, ours / limit }'
done
