# tests/cli/serve/lib.sh: start and stop `errata serve` for the server tests.
# Source it after tests/cli/lib.sh.

# start_server REPO [ARGS...]: serve REPO on a free loopback port. Sets
# $PORT, $BASE (http://127.0.0.1:PORT), $SRV_PID and $SRV_LOG (its stderr).
start_server() {
	_repo=$1
	shift
	SRV_LOG=$(mktemp)
	ERRATA_DATA_DIR="$ERRATA_ROOT/rules" "$ERRATA_BIN" serve --repo "$_repo" \
		--listen 127.0.0.1:0 "$@" 2>"$SRV_LOG" &
	SRV_PID=$!
	PORT=""
	_i=0
	while [ $_i -lt 100 ]; do
		PORT=$(sed -n 's|^errata: serving .* on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$SRV_LOG")
		[ -n "$PORT" ] && break
		kill -0 "$SRV_PID" 2>/dev/null || break
		sleep 0.1
		_i=$((_i + 1))
	done
	if [ -z "$PORT" ]; then
		echo "# the server did not start:"; sed 's/^/# /' "$SRV_LOG"
		return 1
	fi
	BASE="http://127.0.0.1:$PORT"
}

# stop_server: SIGTERM, then wait for it; $SRV_RC is its exit code. A
# graceful stop is a test point: exit 0, and (in a sanitizer build,
# tests/run.sh with BUILD=build/sanitize-...) no leak or error report on
# the server's stderr.
stop_server() {
	kill -TERM "$SRV_PID" 2>/dev/null
	wait "$SRV_PID"
	SRV_RC=$?
	if [ "$SRV_RC" -ne 0 ]; then
		not_ok "SIGTERM stops the server with exit 0" "exit $SRV_RC: $(tail -30 "$SRV_LOG")"
	elif grep -q 'Sanitizer\|runtime error:' "$SRV_LOG"; then
		not_ok "SIGTERM stops the server with exit 0" "a sanitizer report: $(grep -A30 'Sanitizer\|runtime error:' "$SRV_LOG" | head -60)"
	else
		ok "SIGTERM stops the server with exit 0 and no sanitizer report"
	fi
}

# http METHOD PATH [CURL ARGS...]: $CODE the status, $BODY the body, $HDRS the headers.
http() {
	_m=$1
	_p=$2
	shift 2
	_b=$(mktemp)
	_h=$(mktemp)
	CODE=$(curl -s -X "$_m" -o "$_b" -D "$_h" -w '%{http_code}' "$@" "$BASE$_p")
	BODY=$(cat "$_b")
	HDRS=$(tr -d '\r' <"$_h")
	rm -f "$_b" "$_h"
}

# expect_code NAME WANT [TEXT]: the last http's status, and TEXT in its body.
expect_code() {
	if [ "$CODE" != "$2" ]; then
		not_ok "$1" "status $CODE, wanted $2; body: $(printf '%s' "$BODY" | head -c 600)"
	elif [ -n "${3:-}" ]; then
		case "$BODY" in *"$3"*) ok "$1" ;; *) not_ok "$1" "body lacks: $3; body: $(printf '%s' "$BODY" | head -c 600)" ;; esac
	else
		ok "$1"
	fi
}

# report_count REPO: how many reports REPO holds.
report_count() {
	(cd "$1" && ERRATA_DATA_DIR="$ERRATA_ROOT/rules" "$ERRATA_BIN" report list --format json) |
		grep -o '"id":"[0-9a-f]\{16\}","status"' | wc -l | tr -d ' '
}
