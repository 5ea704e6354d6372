#!/bin/sh
# The README's "Try it on the example repository" walk-through, run as
# written (on a free port and in a temporary folder instead of 8080 and
# /tmp/news): start the server, file a report through the form, confirm
# and correct it as an editor, then open every address it lists.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap '[ -f "$tmp/pid" ] && kill "$(cat "$tmp/pid")" 2>/dev/null; rm -rf "$tmp"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir "$tmp/bin"
ln -s "$ERRATA_BIN" "$tmp/bin/errata"
sed -n '/^### Try it on the example repository/,/^`tests\/cli\/serve_readme.sh`/p' "$ERRATA_ROOT/README.md" >"$tmp/section"
grep '^    ' "$tmp/section" | sed 's/^    //' | grep -v '^http://' |
	sed -e "s|/tmp/news|$tmp/news|g" -e "s|8080|$port|g" \
	    -e "s|^\(errata serve --repo .*\) &\$|\1 --listen 127.0.0.1:$port 2>$tmp/log \& echo \$! >$tmp/pid; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do curl -s -o /dev/null $tmp/up http://127.0.0.1:$port/healthz \&\& break; sleep 0.5; done|" \
	>"$tmp/steps.sh"
n=$(wc -l <"$tmp/steps.sh")
[ "$n" -ge 8 ] && ok "the README's walk-through has its commands ($n lines)" || not_ok "the README's walk-through" "$(cat "$tmp/steps.sh")"
grep -q -- "--listen 127.0.0.1:$port" "$tmp/steps.sh" && ok "... one of them starts the server" || not_ok "... starts the server" "$(cat "$tmp/steps.sh")"
cd "$ERRATA_ROOT" || exit 1
run env PATH="$tmp/bin:$PATH" ERRATA_DATA_DIR="$ERRATA_ROOT/rules" sh -e "$tmp/steps.sh"
expect_rc "the walk-through runs as written" 0
expect_contains "... the reader's form post is thanked" "Your report was received"
id=$(cd "$tmp/news" && ERRATA_DATA_DIR="$ERRATA_ROOT/rules" "$ERRATA_BIN" report list | cut -d' ' -f1)
run sh -c "cd '$tmp/news' && ERRATA_DATA_DIR='$ERRATA_ROOT/rules' '$ERRATA_BIN' report show $id --format json"
expect_contains "... the editor's steps corrected the report" '"status":"corrected"'
expect_contains "... confirmed first" '"type":"confirm"'
grep '^    http://' "$tmp/section" | sed -e 's/^    //' -e "s|8080|$port|" >"$tmp/urls"
[ "$(wc -l <"$tmp/urls")" -ge 4 ] && ok "the walk-through lists the pages to open" || not_ok "pages to open" "$(cat "$tmp/urls")"
while read -r url; do
	code=$(curl -s -o "$tmp/page" -w '%{http_code}' "$url")
	case "$url" in
	*/report*) want="Report an error" ;;
	*) want="It opens on Tuesday, June 9." ;;
	esac
	if [ "$code" = 200 ] && grep -q "$want" "$tmp/page"; then ok "$(printf %s "$url" | sed "s|$port|8080|") opens"
	else not_ok "$url opens" "$code $(head -c 400 "$tmp/page")"; fi
done <"$tmp/urls"
kill -TERM "$(cat "$tmp/pid")"
done_testing
