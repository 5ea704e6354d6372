#!/bin/sh
# bench/gen_diff_repo.sh DIR [N]: build a git repository of N articles
# (default 10000, in 100 folders) with git fast-import, then a second
# commit that edits one of them (adding a wrong weekday), for timing
# `errata ci --base HEAD~1` where one article changed out of many.
set -eu
dir=$1
n=${2:-10000}
rm -rf "$dir"
mkdir -p "$dir"
git -C "$dir" -c init.defaultBranch=main init -q
LC_ALL=C awk -v n="$n" '
function article(i, extra,    s, k) {
	s = "---\ntitle: Council notes " i "\ndate: 2026-01-02\n---\n\n"
	s = s "The district council met on Monday, January 12, 2026, to discuss item " i ".\n"
	for (k = 0; k < 6; k++)
		s = s "Members reviewed the plan for ward " (i * 7 + k) % 97 " and the budget line " \
		    (i * 13 + k) % 89 ", and asked for a report before the next meeting.\n"
	s = s "\nThe next session is planned for Thursday, January 15, 2026.\n" extra
	return s
}
function path(i) { return sprintf("news/d%02d/a%05d.md", i % 100, i) }
BEGIN {
	for (i = 0; i < n; i++) {
		s = article(i, "")
		printf "blob\nmark :%d\ndata %d\n%s\n", i + 1, length(s), s
	}
	printf "commit refs/heads/main\nmark :%d\ncommitter Bench <bench@example.org> 1767348000 +0000\ndata 9\narticles\n", n + 1
	for (i = 0; i < n; i++)
		printf "M 100644 :%d %s\n", i + 1, path(i)
	printf "\n"
	j = int(n / 2)
	s = article(j, "The mayor attended on Tuesday, January 7.\n")
	printf "blob\nmark :%d\ndata %d\n%s\n", n + 2, length(s), s
	printf "commit refs/heads/main\nmark :%d\ncommitter Bench <bench@example.org> 1767351600 +0000\ndata 9\none edit\nfrom :%d\n", n + 3, n + 1
	printf "M 100644 :%d %s\n\n", n + 2, path(j)
}' | git -C "$dir" fast-import --quiet
git -C "$dir" reset -q --hard main
