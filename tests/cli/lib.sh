# tests/cli/lib.sh: a tiny TAP harness for command-line tests.
# Source it; then call ok/not_ok or the expect_* helpers; end with done_testing.
# $ERRATA_BIN is the built program, $ERRATA_ROOT the source tree.
: "${ERRATA_BIN:?run through tests/run.sh}"
: "${ERRATA_ROOT:?run through tests/run.sh}"
export LC_ALL=C
_n=0
_failed=0
FIX="$ERRATA_ROOT/tests/fixtures"

ok() { _n=$((_n + 1)); echo "ok $_n - $1"; }
not_ok() {
	_n=$((_n + 1)); _failed=$((_failed + 1))
	echo "not ok $_n - $1"
	[ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/# /'
	return 0
}

# run CMD...: runs it, keeping stdout in $OUT, stderr in $ERR, status in $RC.
run() {
	_o=$(mktemp); _e=$(mktemp)
	"$@" >"$_o" 2>"$_e"
	RC=$?
	OUT=$(cat "$_o"); ERR=$(cat "$_e")
	rm -f "$_o" "$_e"
}

# check_text LANG DATE TEXT: `errata check --format json` on TEXT, an
# article of its own (Markdown) in LANG dated DATE, as run gives it.
check_text() {
	_d=$(mktemp -d)
	printf '%s\n' "$3" >"$_d/a.md"
	run "$ERRATA_BIN" check --lang "$1" --date "$2" --format json "$_d/a.md"
	rm -rf "$_d"
}

# expect_messages CASES RULE: each line "lang|sentence|words" of the file
# CASES, checked as an article of its own in that language dated
# 2026-04-20, must give a RULE finding whose message holds the words.
expect_messages() {
	_d=$(mktemp -d)
	_i=0
	while IFS='|' read -r _lang _text _want; do
		_i=$((_i + 1))
		printf -- '---\ndate: 2026-04-20\nlang: %s\n---\n\n%s\n' "$_lang" "$_text" >"$_d/c$_i.md"
		run "$ERRATA_BIN" check "$_d/c$_i.md"
		case "$OUT" in
		*"$_want"*"[$2]"*) ok "$_lang: $_want" ;;
		*) not_ok "$_lang: $_want" "$OUT" ;;
		esac
	done <"$1"
	rm -rf "$_d"
}

# expect_flags CASES RULE: each line "lang|flag|sentence" of the file
# CASES is an article of its own in that language dated 2026-04-20; a
# RULE finding must come with flag 1 and none with flag 0 (all checked
# in one run).
expect_flags() {
	_d=$(mktemp -d)
	_i=0
	_files=""
	while IFS='|' read -r _lang _flag _text; do
		_i=$((_i + 1))
		printf -- '---\ndate: 2026-04-20\nlang: %s\n---\n\n%s\n' "$_lang" "$_text" >"$_d/c$_i.md"
		_files="$_files c$_i.md"
	done <"$1"
	(cd "$_d" && "$ERRATA_BIN" check --format text $_files >"$_d/out" 2>"$_d/err")
	if [ $? -gt 1 ]; then not_ok "errata check ran on $_i sentences" "$(cat "$_d/err")"; fi
	_i=0
	while IFS='|' read -r _lang _flag _text; do
		_i=$((_i + 1))
		if grep -q "^c$_i\.md:.*\[$2\]" "$_d/out"; then _got=1; else _got=0; fi
		if [ "$_got" = "$_flag" ]; then
			ok "$_lang: $_text"
		elif [ "$_flag" = 1 ]; then
			not_ok "$_lang: missed: $_text"
		else
			not_ok "$_lang: false alarm: $_text" "$(grep "^c$_i\.md:" "$_d/out")"
		fi
	done <"$1"
	rm -rf "$_d"
}

# expect_rc NAME WANT: the last run's exit code.
expect_rc() {
	if [ "$RC" -eq "$2" ]; then ok "$1"; else not_ok "$1" "exit $RC, wanted $2; stderr: $ERR"; fi
}

# expect_out NAME FILE: the last run's stdout equals FILE exactly.
expect_out() {
	if [ "$OUT" = "$(cat "$2")" ]; then ok "$1"; else
		not_ok "$1" "$(printf '%s\n' "$OUT" | diff -u "$2" - | head -40)"; fi
}

# expect_contains NAME TEXT [WHERE]: the last run's stdout (or $ERR) contains TEXT.
expect_contains() {
	_hay=$OUT; [ "${3:-}" = stderr ] && _hay=$ERR
	case "$_hay" in *"$2"*) ok "$1" ;; *) not_ok "$1" "missing: $2; got: $_hay" ;; esac
}

expect_not_contains() {
	_hay=$OUT; [ "${3:-}" = stderr ] && _hay=$ERR
	case "$_hay" in *"$2"*) not_ok "$1" "unexpected: $2; got: $_hay" ;; *) ok "$1" ;; esac
}

# expect_conformance LABEL CASES: every case of the conformance file CASES
# has the verdict its stated calendar facts call for (--verify), and
# errata gives every case its verdict for date.weekday and date.invalid.
expect_conformance() {
	run python3 "$ERRATA_ROOT/scripts/conformance.py" --verify "$2"
	expect_rc "$1: every expected verdict agrees with the calendar" 0
	run python3 "$ERRATA_ROOT/scripts/conformance.py" --strict --rules date.weekday,date.invalid \
		--errata "$ERRATA_BIN" --verbose "$2"
	if [ "$RC" -eq 0 ]; then ok "$1: every case gets its verdict"; else
		not_ok "$1: every case gets its verdict" "$OUT"; fi
}

done_testing() {
	echo "1..$_n"
	[ "$_failed" -eq 0 ]
}
