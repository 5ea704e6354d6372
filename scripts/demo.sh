#!/bin/sh
# make demo: check the example articles with the built program and show
# the findings with their suggestions. Findings are the point of the demo,
# so exit 1 from errata is success here; a crash or exit 2 (a usage or
# input error) fails the demo.
set -u
BIN=${1:-build/errata}
ARTICLES=examples/articles

if [ ! -x "$BIN" ]; then
	echo "demo: $BIN is not built; run 'make' first" >&2
	exit 2
fi

echo "== errata check $ARTICLES"
echo
"$BIN" check "$ARTICLES"
rc=$?
echo
case $rc in
0) echo "demo: no errors found (exit 0)" ;;
1) echo "demo: errata found errors in the examples, as it should (exit 1)" ;;
*) echo "demo: errata failed with exit $rc" >&2; exit 1 ;;
esac

echo
echo "== the same findings as GitHub Actions annotations (--format github)"
echo
"$BIN" check --format github "$ARTICLES" 2>/dev/null
rc=$?
if [ "$rc" -gt 1 ]; then
	echo "demo: errata failed with exit $rc" >&2
	exit 1
fi
exit 0
