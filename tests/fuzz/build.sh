#!/bin/sh
# Build every tests/fuzz/fuzz_*.c as a libFuzzer binary against the
# sanitizer build of liberrata in $1; with FUZZ=name, run that target for
# $FUZZ_SECONDS (default 60) seconds on tests/fuzz/corpus/name (if present).
set -eu
out=$1
libs=$2
for src in tests/fuzz/fuzz_*.c; do
	[ -f "$src" ] || continue
	name=$(basename "$src" .c)
	clang -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude -Icore \
		"$src" "$out/liberrata.a" $libs -lpthread -o "$out/$name"
	echo "built $out/$name"
done
if [ -n "${FUZZ:-}" ]; then
	corpus=tests/fuzz/corpus/${FUZZ}
	mkdir -p "$out/corpus-$FUZZ"
	[ -d "$corpus" ] && set -- "$out/corpus-$FUZZ" "$corpus" || set -- "$out/corpus-$FUZZ"
	"$out/fuzz_$FUZZ" -max_total_time="${FUZZ_SECONDS:-60}" "$@"
fi
