#!/bin/sh
# The work of the GitHub Action (action.yml), in a script so that it can be
# run, and tested, outside GitHub: run `errata ci` from INPUT_BASE to
# INPUT_HEAD, write the SARIF log, print the new findings as workflow
# commands (annotations), and write the counts to $GITHUB_OUTPUT.
#
# Inputs (environment): INPUT_BASE (required), INPUT_HEAD (default HEAD),
# INPUT_PATHS, INPUT_CONFIG, INPUT_ALL, INPUT_ANNOTATE, INPUT_SARIF_FILE
# (default errata.sarif). Outputs: new-errors, new-warnings, files,
# sarif-file, exit-code. The script's own exit code is 0 unless errata could
# not run at all; the action decides whether new errors fail the job.
set -u
errata=${ERRATA:-errata}
base=${INPUT_BASE:-}
head=${INPUT_HEAD:-HEAD}
sarif=${INPUT_SARIF_FILE:-errata.sarif}
out=${GITHUB_OUTPUT:-/dev/null}

if [ -z "$base" ]; then
	echo "errata: no base revision: set the action's 'base' input (outside a pull request or a push there is none)" >&2
	exit 2
fi
# A shallow checkout may lack the base commit: fetch it.
if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
	git fetch --quiet --no-tags origin "$base" ||
		{ echo "errata: cannot fetch the base revision $base (use fetch-depth: 0 in actions/checkout)" >&2; exit 2; }
fi

set -- ci --base "$base" --head "$head"
[ -n "${INPUT_CONFIG:-}" ] && set -- "$@" --config "$INPUT_CONFIG"
[ "${INPUT_ALL:-false}" = true ] && set -- "$@" --all
paths=${INPUT_PATHS:-}

# Run errata ci with a format; "--" and the paths go last.
ci() {
	fmt=$1
	shift
	# shellcheck disable=SC2086
	if [ -n "$paths" ]; then "$errata" "$@" --format "$fmt" -- $paths; else "$errata" "$@" --format "$fmt"; fi
}

summary=$(mktemp)
trap 'rm -f "$summary"' EXIT
ci json "$@" >"$summary"
code=$?
if [ "$code" -gt 1 ]; then
	echo "errata: errata ci failed (exit code $code)" >&2
	echo "exit-code=$code" >>"$out"
	exit 0
fi
ci sarif "$@" >"$sarif"
[ "${INPUT_ANNOTATE:-true}" = true ] && ci github "$@"

# The summary line of the JSON: "summary":{"files":N,"errors":E,"warnings":W,...}
count() {
	sed -n 's/.*"summary":{[^}]*"'"$1"'":\([0-9]*\).*/\1/p' "$summary" | tail -1
}
errors=$(count errors)
warnings=$(count warnings)
files=$(count files)
{
	echo "new-errors=${errors:-0}"
	echo "new-warnings=${warnings:-0}"
	echo "files=${files:-0}"
	echo "sarif-file=$sarif"
	echo "exit-code=$code"
} >>"$out"
echo "errata: ${files:-0} changed article(s) checked: ${errors:-0} new error(s), ${warnings:-0} new warning(s)"
exit 0
