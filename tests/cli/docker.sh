#!/bin/sh
# The Dockerfile builds an image whose entry point is errata, where a
# container tool can build images here; elsewhere the test says why it is
# skipped. (The build downloads Debian packages, so it needs the network.)
. "$(dirname "$0")/lib.sh"
tool=""
why="neither docker nor podman is installed"
for t in docker podman; do
	command -v "$t" >/dev/null 2>&1 || continue
	if "$t" info >/dev/null 2>&1; then
		tool=$t
		break
	fi
	why="$t is installed but cannot reach a container engine ('$t info' fails)"
done
if [ -z "$tool" ]; then
	ok "# skip building the image: $why"
	done_testing
	exit 0
fi
tag="errata-test:$$"
trap '"$tool" rmi -f "$tag" >/dev/null 2>&1' EXIT
run "$tool" build -t "$tag" "$ERRATA_ROOT"
expect_rc "$tool build: the image builds" 0
[ "$RC" -eq 0 ] || { printf '%s\n' "$ERR" | tail -20 | sed 's/^/# /'; done_testing; exit 1; }
run "$tool" run --rm "$tag" --version
expect_contains "errata is the entry point" "errata "
run sh -c 'printf "The vote is on Tuesday, January 7, 2026.\n" | "$1" run --rm -i "$2" check -' sh "$tool" "$tag"
expect_rc "check - in the container: exit 1 on a wrong weekday" 1
expect_contains "check - in the container: the finding" "[date.weekday]"
done_testing
