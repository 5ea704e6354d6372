#!/bin/sh
# bench_diff.sh (run by `make bench`): `errata ci` end to end on a
# repository of 10,000 articles where one changed (median of 9 runs; goal
# under 100 ms), and the work of `errata diff` on two revisions of a 10 KB
# article (bench_diff.c; goal under 5 ms).
set -eu
: "${ERRATA_BIN:?run through make bench}"
: "${ERRATA_ROOT:?run through make bench}"
cd "$ERRATA_ROOT"
out=bench/out
mkdir -p "$out"
repo="$out/diff-repo"
if [ ! -d "$repo/.git" ] || [ "$(git -C "$repo" rev-list --count HEAD 2>/dev/null)" != 2 ]; then
	echo "generating $repo (10,000 articles)"
	sh bench/gen_diff_repo.sh "$repo" 10000
fi

times=""
for i in 1 2 3 4 5 6 7 8 9; do
	t0=$(date +%s%N)
	(cd "$repo" && "$ERRATA_BIN" ci --base HEAD~1 >/dev/null 2>&1) || [ $? -eq 1 ]
	t1=$(date +%s%N)
	times="$times $(( (t1 - t0) / 1000 ))"
done
median=$(printf '%s\n' $times | sort -n | sed -n 5p)
printf 'errata ci, 10,000 articles, one changed: %d.%03d ms (median of 9, end to end)\n' \
	$((median / 1000)) $((median % 1000))

cc=${CC:-cc}
# shellcheck disable=SC2046
$cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -Iinclude -o build/bench_diff bench/bench_diff.c \
	build/liberrata.a $(pkg-config --libs libgit2 libcjson libpcre2-8 yaml-0.1) -lpthread
build/bench_diff
