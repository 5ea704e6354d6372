#!/bin/sh
# Generated sources match what their generator writes today: the HTML
# entity table (scripts/gen_entities.py, from the HTML standard's table as
# Python's html.entities carries it).
. "$(dirname "$0")/lib.sh"
cd "$ERRATA_ROOT" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if python3 scripts/gen_entities.py >"$tmp/entities.h" 2>"$tmp/err"; then
	if cmp -s "$tmp/entities.h" core/text/entities_html5.h; then
		ok "core/text/entities_html5.h is what scripts/gen_entities.py writes"
	else
		not_ok "core/text/entities_html5.h is what scripts/gen_entities.py writes" \
			"$(diff -u core/text/entities_html5.h "$tmp/entities.h" | head -20)"
	fi
	count=$(grep -c '^	{ "' core/text/entities_html5.h)
	if [ "$count" -ge 2000 ]; then
		ok "the entity table holds the whole list ($count names)"
	else
		not_ok "the entity table holds the whole list" "only $count names"
	fi
else
	not_ok "scripts/gen_entities.py runs" "$(cat "$tmp/err")"
fi
done_testing
