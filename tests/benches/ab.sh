#!/usr/bin/env bash
# Wall-clock A/B of the codec bench: this tree against another commit's bench, run in turns on
# the same machine, and the median of each row's ratios per side.
#
#   bash tests/benches/ab.sh COMMIT [RUNS] [ROW FILTER]
#
# e.g. `bash tests/benches/ab.sh a894428 12`. Rows are matched by name, so a row renamed
# between the two trees shows as two rows, each with one side.
#
# Builds both bench binaries (COMMIT's in a temporary worktree, which is removed afterwards),
# then runs them RUNS times each (default 12), taking turns, from `tests/`, and prints for each
# row the median over the runs of ours ÷ limit and ours ÷ cloudevents-sdk, for COMMIT and for
# this tree. Ratios within one run cancel most of the machine's drift; the median of many runs
# the rest. Run it with nothing else on the machine. The runs' full output stays in
# target/ab/<COMMIT>-<time>/, COMMIT's binary as codec-base: AB_BASE_BINARY=<that file> skips
# building it again (COMMIT then only names the column).
set -euo pipefail
cd "$(dirname "$0")/../.."
commit=${1:?usage: ab.sh COMMIT [RUNS] [ROW FILTER]}
runs=${2:-12}
root=$PWD
out="$root/target/ab/$commit-$(date -u +%Y%m%dT%H%M%S)"
mkdir -p "$out"

bench_binary() {
  cargo bench -p eventgrid-tests --bench codec --no-run --message-format=json 2>/dev/null |
    sed -n 's/.*"executable":"\([^"]*codec[^"]*\)".*/\1/p' | tail -1
}
head_bin="$out/codec-head"
cp "$(bench_binary)" "$head_bin"
if [ -n "${AB_BASE_BINARY:-}" ]; then
  cp "$AB_BASE_BINARY" "$out/codec-base"
else
  tree=$(mktemp -d)
  trap 'git -C "$root" worktree remove --force "$tree" 2>/dev/null || true' EXIT
  git worktree add -q --detach "$tree" "$commit"
  # The same target directory: the dependencies are reused, and the other tree's own crates,
  # at another path, are built beside this tree's without replacing them.
  (cd "$tree" && export CARGO_TARGET_DIR="$root/target" && cp "$(bench_binary)" "$out/codec-base")
fi

cd tests
for run in $(seq 1 "$runs"); do
  for side in base head; do
    { uptime; "$out/codec-$side" "${@:3}"; } >"$out/$side-$run.txt" 2>&1
  done
done

# Rows are `name events bytes | ours MB/s | limit anchor | ÷limit target ok | ÷sdk ok`.
awk -F'|' -v commit="$commit" '
  NF == 5 && $1 !~ /^workload/ {
    side = FILENAME; sub(/.*\//, "", side); sub(/-[0-9]+\.txt$/, "", side)
    name = $1; sub(/[ ]+[0-9-]+[ ]+[0-9]+[ ]*$/, "", name); sub(/^[ ]+/, "", name)
    if (!(name in seen)) { seen[name] = 1; order[++rows] = name }
    if (match($4, /[0-9.]+x/)) limit[side, name] = limit[side, name] " " substr($4, RSTART, RLENGTH - 1)
    if (match($5, /[0-9.]+x/)) sdk[side, name] = sdk[side, name] " " substr($5, RSTART, RLENGTH - 1)
  }
  function median(list,   n, v, i, j, t) {
    n = split(list, v, " ")
    if (n == 0) return "-"
    for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
    return sprintf("%.2f", n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2)
  }
  END {
    printf "%-66s %14s %14s\n", "row (median of the runs; ÷limit ÷sdk)", substr(commit, 1, 12), "this tree"
    for (i = 1; i <= rows; i++) {
      n = order[i]
      printf "%-66s %7s %6s %7s %6s\n", n, median(limit["base", n]), median(sdk["base", n]), median(limit["head", n]), median(sdk["head", n])
    }
  }' "$out"/base-*.txt "$out"/head-*.txt | tee "$out/medians.txt"
