#!/bin/sh
# Build an example article repository for trying errata's report commands.
#
#   sh examples/make-repo.sh DIR
#
# DIR becomes a git repository holding articles/harbour-festival.md in four
# revisions by three authors. The second revision ("Add the opening day")
# introduces a wrong weekday: it says the festival opens on "Monday, June
# 9, 2026", but June 9, 2026 is a Tuesday. The third revision edits other
# text; the fourth corrects the weekday. Only the git program is used.
set -eu
dir=${1:?usage: sh examples/make-repo.sh DIR}
if [ -e "$dir" ]; then
	echo "make-repo.sh: $dir already exists" >&2
	exit 2
fi
mkdir -p "$dir/articles"
cd "$dir"
git init -q .
git config user.name "Copy Desk"
git config user.email desk@example.org
f=articles/harbour-festival.md

commit() {	# commit AUTHOR EMAIL DATE MESSAGE
	git add -A
	GIT_AUTHOR_NAME="$1" GIT_AUTHOR_EMAIL="$2" GIT_AUTHOR_DATE="$3" \
	GIT_COMMITTER_DATE="$3" git commit -q -m "$4"
}

cat >$f <<'ART'
---
title: Harbour festival returns with a longer programme
date: 2026-05-20
---
The harbour festival will return this summer with three extra days of
concerts, boat races and a night market along the old quay, the organisers
said on Wednesday.

Tickets for the concerts go on sale next month.
ART
commit "Nora Newsroom" nora@example.org "2026-05-20T08:30:00Z" "First version of the festival story"

cat >$f <<'ART'
---
title: Harbour festival returns with a longer programme
date: 2026-05-20
---
The harbour festival will return this summer with three extra days of
concerts, boat races and a night market along the old quay, the organisers
said on Wednesday.

The festival opens on Monday, June 9, 2026, with a parade of fishing boats,
and closes on Sunday, June 14, with fireworks over the water.

Tickets for the concerts go on sale next month.
ART
commit "Theo Stringer" theo@example.org "2026-05-20T10:05:00Z" "Add the opening day"

cat >$f <<'ART'
---
title: Harbour festival returns with a longer programme
date: 2026-05-20
---
The harbour festival will return this summer with three extra days of
concerts, boat races and a night market along the old quay, the organisers
said on Wednesday.

The festival opens on Monday, June 9, 2026, with a parade of fishing boats,
and closes on Sunday, June 14, with fireworks over the water. Organisers
expect about 40,000 visitors.

Tickets for the concerts go on sale on June 1 at the harbour office.
ART
commit "Nora Newsroom" nora@example.org "2026-05-20T12:40:00Z" "Add visitor estimate and ticket date"

cat >$f <<'ART'
---
title: Harbour festival returns with a longer programme
date: 2026-05-20
---
The harbour festival will return this summer with three extra days of
concerts, boat races and a night market along the old quay, the organisers
said on Wednesday.

The festival opens on Tuesday, June 9, 2026, with a parade of fishing boats,
and closes on Sunday, June 14, with fireworks over the water. Organisers
expect about 40,000 visitors.

Tickets for the concerts go on sale on June 1 at the harbour office.
ART
commit "Ines Editor" ines@example.org "2026-05-21T07:15:00Z" "Correct the weekday of the opening"
echo "made $dir: articles/harbour-festival.md, 4 revisions (HEAD~2 introduced the wrong weekday, HEAD~1 still has it, HEAD corrects it)"
