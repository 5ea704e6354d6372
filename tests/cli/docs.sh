#!/bin/sh
# Man pages and shell completion: every command has a page that names
# every option its --help lists, the pages render without warnings, and
# the bash and zsh completions offer commands, options and rule ids.
. "$(dirname "$0")/lib.sh"
cd "$ERRATA_ROOT" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build=$(dirname "$ERRATA_BIN")

commands=$("$ERRATA_BIN" --help | awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }')
[ -n "$commands" ] && ok "errata --help lists the commands" || not_ok "errata --help lists the commands"

# Long options of `errata ARGS... --help`, one a line.
options_of() {
	"$ERRATA_BIN" "$@" --help 2>/dev/null | grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z][a-z-]*'
}

for c in $commands; do
	page="man/errata-$c.1.scd"
	if [ ! -f "$page" ]; then
		not_ok "$page exists (every command has a man page)"
		continue
	fi
	ok "$page exists"
	missing=""
	subs=""
	[ "$c" = report ] && subs=$("$ERRATA_BIN" report --help | awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }')
	for o in $(options_of "$c"; for s in $subs; do options_of "$c" "$s"; done); do
		grep -qF -- "*$o*" "$page" || missing="$missing $o"
	done
	if [ -z "$missing" ]; then ok "$page names every option of errata $c"; else
		not_ok "$page names every option of errata $c" "missing:$missing"; fi
	grep -qF "*$c*" man/errata.1.scd && ok "errata(1) lists $c" || not_ok "errata(1) lists $c"
done
grep -qF '*max_size*' man/errata-config.5.scd && ok "errata-config(5) documents the keys" ||
	not_ok "errata-config(5) documents the keys"

# The built pages render cleanly.
if [ -d "$build/man" ] && command -v man >/dev/null 2>&1; then
	for f in "$build"/man/*.[15]; do
		w=$(MANWIDTH=80 man --warnings -l "$f" 2>&1 >/dev/null)
		if [ -z "$w" ] && MANWIDTH=80 man -l "$f" 2>/dev/null | grep -q '^NAME'; then
			ok "$(basename "$f") renders without warnings"
		else
			not_ok "$(basename "$f") renders without warnings" "$w"
		fi
	done
else
	ok "# skip rendering: no $build/man (make man) or no man(1)"
fi

# bash completion, driven as bash drives it.
PATH="$build:$PATH"
export PATH
cat >"$tmp/bash.sh" <<'SH'
. completion/errata.bash
t() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _errata; echo "${COMPREPLY[*]}"; }
t errata ""
t errata ch
t errata check --fix
t errata check --enable date.w
t errata check --format ""
t errata report co
t errata report add --q
t errata hook ""
SH
if command -v bash >/dev/null 2>&1; then
	bash "$tmp/bash.sh" >"$tmp/bash.out" 2>&1
	for want in "check log blame report" "check" "--fix --fix-dry-run" "date.weekday" "text json sarif github" \
	            "confirm comment" "--quote" "install uninstall"; do
		line=$(sed -n 1p "$tmp/bash.out"); sed -i 1d "$tmp/bash.out"
		case "$line" in "$want"*) ok "bash completion: $want" ;; *) not_ok "bash completion: $want" "got: $line" ;; esac
	done
else
	ok "# skip bash completion: no bash"
fi

# zsh completion: the completion system's functions stubbed to print what
# they are given, so the script's own logic is what is tested.
if command -v zsh >/dev/null 2>&1; then
	cat >"$tmp/zsh.zsh" <<'SH'
_describe() { print -r -- "${(j: | :)${(P)${@[-1]}}}"; }
compadd() { local -a a; a=("$@"); [[ $a[1] == -a ]] && { print -r -- "${(j: | :)${(P)a[2]}}"; return; }; [[ $a[1] == -- ]] && shift a; print -r -- "${(j: | :)a}"; }
_files() { print -r -- "FILES $*"; }
t() { words=("$@"); CURRENT=${#words}; PREFIX=$words[-1]; source completion/_errata; }
t errata ""
t errata check --
t errata check --disable ""
t errata report ""
t errata check --rules ""
SH
	zsh "$tmp/zsh.zsh" >"$tmp/zsh.out" 2>&1
	for want in "check:check articles for wrong dates" "--fix:apply each finding's first suggestion" \
	            "date.weekday | date.weekday_day | date.invalid" "add:file a report" "FILES -/"; do
		line=$(sed -n 1p "$tmp/zsh.out"); sed -i 1d "$tmp/zsh.out"
		case "$line" in *"$want"*) ok "zsh completion: $want" ;; *) not_ok "zsh completion: $want" "got: $line" ;; esac
	done
else
	ok "# skip zsh completion: zsh is not installed"
fi

# errata rules: what completion reads.
run "$ERRATA_BIN" rules --ids
expect_rc "errata rules --ids" 0
expect_contains "errata rules --ids lists the built-in checks" "date.weekday"
printf '{"disable": ["date.weekday"], "severity": {"date.invalid": "warning"}}\n' >"$tmp/.errata.json"
run "$ERRATA_BIN" rules "$tmp"
expect_contains "errata rules FOLDER: the folder's configuration turns a rule off" "date.weekday                     error   off"
expect_contains "errata rules FOLDER: and sets a severity" "date.invalid                     warning on"
run "$ERRATA_BIN" rules --format json --config "$tmp/.errata.json"
expect_contains "errata rules --format json" '{"id":"date.weekday","severity":"error","enabled":false,'
printf '{"disabel": []}\n' >"$tmp/.errata.json"
run "$ERRATA_BIN" rules "$tmp"
expect_rc "errata rules with a broken configuration: exit 2" 2
expect_contains "errata rules with a broken configuration: names it" "disabel" stderr

# The corpus generators of bench/ take --help as a request, never as the
# folder to write into, and refuse any other option.
for g in gen_corpus gen_consistency gen_context gen_langs; do
	(cd "$tmp" && python3 "$ERRATA_ROOT/bench/$g.py" --help >/dev/null 2>&1)
	rc=$?
	[ "$rc" -eq 0 ] && [ ! -e "$tmp/--help" ] && ok "bench/$g.py --help" || not_ok "bench/$g.py --help (rc $rc)"
	(cd "$tmp" && python3 "$ERRATA_ROOT/bench/$g.py" -x >/dev/null 2>&1)
	rc=$?
	[ "$rc" -eq 2 ] && [ ! -e "$tmp/-x" ] && ok "bench/$g.py -x: usage error" || not_ok "bench/$g.py -x (rc $rc)"
done
done_testing
