#!/bin/sh
# errata hook: install, idempotence, an existing hook, and the hook at work:
# refusing a staged error, accepting a clean change, --no-verify, commit -a.
. "$(dirname "$0")/lib.sh"
. "$FIX/diff/repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
r="$tmp/repo"
hook="$r/.git/hooks/pre-commit"

new_repo "$r"
put "$r" news/bridge.md bridge.md
commit_all "$r" "bridge story"
cd "$r" || exit 1

run "$ERRATA_BIN" hook install
expect_rc "hook install succeeds" 0
expect_contains "it says where" ".git/hooks/pre-commit"
if [ -x "$hook" ]; then ok "the hook is executable"; else not_ok "the hook is executable"; fi
if grep -q "'$ERRATA_BIN'" "$hook" && grep -q 'ci --cached' "$hook"; then
	ok "the hook runs this errata by its absolute path"
else
	not_ok "the hook runs this errata by its absolute path" "$(cat "$hook")"
fi
run "$ERRATA_BIN" hook install
expect_rc "installing twice is fine" 0
expect_contains "it says so" "already installed"

# The hook refuses a staged error and names it.
put "$r" news/bridge.md bridge-wrong.md
git add news/bridge.md
run git commit -q -m "add the mayor's visit"
if [ "$RC" -ne 0 ]; then ok "the hook refuses a new error"; else not_ok "the hook refuses a new error"; fi
expect_contains "the refusal names the finding" "news/bridge.md:15:22: error:" stderr
expect_contains "the refusal says how to go on" "errata: the change adds 1 error; fix the staged text, or commit with --no-verify" stderr
if [ "$(git rev-list --count HEAD)" = 1 ]; then ok "no commit was made"; else not_ok "no commit was made"; fi

# It reads the index, not the working tree: fix the file without staging.
put "$r" news/bridge.md bridge-fixed.md
run git commit -q -m "still the staged error"
if [ "$RC" -ne 0 ]; then ok "the staged content is checked, not the working tree"; else not_ok "the staged content is checked, not the working tree"; fi

# Staging the fix: accepted.
git add news/bridge.md
run git commit -q -m "the mayor's visit, right weekday"
expect_rc "a clean change is accepted" 0

# commit -a stages through a temporary index (GIT_INDEX_FILE).
put "$r" news/bridge.md bridge-wrong.md
run git commit -q -a -m "commit -a with an error"
if [ "$RC" -ne 0 ]; then ok "commit -a with an error is refused"; else not_ok "commit -a with an error is refused"; fi

# --no-verify bypasses the hook, as git users expect.
run git commit -q -a --no-verify -m "on purpose"
expect_rc "--no-verify bypasses the hook" 0
if [ "$(git rev-list --count HEAD)" = 3 ]; then ok "the bypassed commit exists"; else not_ok "the bypassed commit exists"; fi

# An untouched old error does not block the next commit.
put "$r" news/bridge.md bridge-wrong-edited.md
git add -A
run git commit -q -m "budget wording"
expect_rc "an old error does not block a commit" 0

# Someone else's hook is kept unless --force.
printf '#!/bin/sh\nexit 0\n' >"$hook"
run "$ERRATA_BIN" hook install
expect_rc "a different hook is not overwritten" 2
expect_contains "it says how to replace it" "--force" stderr
if grep -q 'exit 0' "$hook"; then ok "the other hook is intact"; else not_ok "the other hook is intact"; fi
run "$ERRATA_BIN" hook uninstall
expect_rc "uninstall leaves a foreign hook" 2
run "$ERRATA_BIN" hook install --force
expect_rc "--force replaces it" 0
if grep -q 'ci --cached' "$hook" && [ -x "$hook" ]; then ok "the replaced hook is errata's and executable"; else not_ok "the replaced hook is errata's and executable"; fi
run "$ERRATA_BIN" hook uninstall
expect_rc "uninstall removes errata's hook" 0
if [ ! -e "$hook" ]; then ok "the hook is gone"; else not_ok "the hook is gone"; fi

# A hook that holds errata's lines and the user's: install keeps the
# user's lines, uninstall removes only errata's.
"$ERRATA_BIN" hook install >/dev/null
printf 'echo user-before >>"$(git rev-parse --git-dir)/ran"\n' >"$tmp/before"
{ head -1 "$hook"; cat "$tmp/before"; tail -n +2 "$hook"; echo 'echo user-after >>"$(git rev-parse --git-dir)/ran"'; } >"$hook.new"
mv "$hook.new" "$hook" && chmod +x "$hook"
run "$ERRATA_BIN" hook install
expect_rc "re-install over a shared hook succeeds" 0
expect_contains "it says the hook is in place" "already installed"
sed -i 's|^errata=.*|errata=/old/path/errata|' "$hook"
run "$ERRATA_BIN" hook install
expect_rc "re-install replaces an older errata block" 0
if grep -q 'user-before' "$hook" && grep -q 'user-after' "$hook" && ! grep -q /old/path "$hook" &&
   [ "$(grep -c 'ci --cached' "$hook")" = 1 ]; then
	ok "re-install keeps the user's lines and writes one errata block"
else
	not_ok "re-install keeps the user's lines and writes one errata block" "$(cat "$hook")"
fi
put "$r" news/shared.md bridge-wrong.md
git add news/shared.md
rm -f .git/ran
run git commit -q -m "error under a shared hook"
if [ "$RC" -ne 0 ] && [ "$(cat .git/ran)" = user-before ]; then
	ok "the shared hook runs the user's lines and errata's, and refuses the error"
else
	not_ok "the shared hook runs the user's lines and errata's, and refuses the error" "rc $RC; ran: $(cat .git/ran 2>/dev/null)"
fi
git rm -q -f news/shared.md
run "$ERRATA_BIN" hook uninstall
expect_rc "uninstall from a shared hook succeeds" 0
expect_contains "uninstall says the rest is kept" "kept"
if [ -x "$hook" ] && grep -q 'user-before' "$hook" && grep -q 'user-after' "$hook" &&
   ! grep -q 'errata' "$hook" && [ "$(head -1 "$hook")" = '#!/bin/sh' ]; then
	ok "uninstall removes only errata's lines"
else
	not_ok "uninstall removes only errata's lines" "$(cat "$hook" 2>/dev/null)"
fi
# The hook as errata wrote it before the marked block: recognised line by line.
printf '#!/bin/sh\n# errata pre-commit hook (written by '"'"'errata hook install'"'"').\n# Refuses a commit whose staged articles add an error that the last\n# commit did not have; '"'"'git commit --no-verify'"'"' skips it.\nerrata=errata\necho mine\nexec "$errata" ci --cached\n' >"$hook"
run "$ERRATA_BIN" hook uninstall
expect_rc "uninstall of an older errata hook with a user line" 0
if [ "$(cat "$hook")" = "$(printf '#!/bin/sh\necho mine')" ]; then ok "the older hook keeps only the user's line"; else not_ok "the older hook keeps only the user's line" "$(cat "$hook")"; fi
printf '#!/bin/sh\n# >>> errata pre-commit hook >>>\necho half\n' >"$hook"
run "$ERRATA_BIN" hook install
expect_rc "a block without its closing mark is refused" 2
expect_contains "the refusal names the mark" "no closing" stderr
rm -f "$hook"

# core.hooksPath is where git looks, so it is where the hook goes.
git config core.hooksPath githooks
run "$ERRATA_BIN" hook install
expect_rc "install honours core.hooksPath" 0
if [ -x "$r/githooks/pre-commit" ]; then ok "the hook is in core.hooksPath"; else not_ok "the hook is in core.hooksPath" "$OUT"; fi
git config --unset core.hooksPath

# The first commit of a repository (no HEAD yet).
new_repo "$tmp/fresh"
cd "$tmp/fresh" || exit 1
"$ERRATA_BIN" hook install >/dev/null
put "$tmp/fresh" a.md bridge-wrong.md
git add a.md
run git commit -q -m "first"
if [ "$RC" -ne 0 ]; then ok "a first commit with an error is refused"; else not_ok "a first commit with an error is refused"; fi
put "$tmp/fresh" a.md bridge.md
git add a.md
run git commit -q -m "first"
expect_rc "a clean first commit is accepted" 0

# The example hook script in examples/ci does the same with errata on PATH.
new_repo "$tmp/example"
cd "$tmp/example" || exit 1
mkdir -p "$tmp/bin" && ln -sf "$ERRATA_BIN" "$tmp/bin/errata"
cp "$ERRATA_ROOT/examples/ci/pre-commit" .git/hooks/pre-commit
put "$tmp/example" a.md bridge.md
commit_all "$tmp/example" "first"
put "$tmp/example" a.md bridge-wrong.md
git add a.md
PATH="$tmp/bin:$PATH" run git commit -q -m "with an error"
if [ "$RC" -ne 0 ]; then ok "the example hook refuses a new error"; else not_ok "the example hook refuses a new error"; fi
put "$tmp/example" a.md bridge-fixed.md
git add a.md
PATH="$tmp/bin:$PATH" run git commit -q -m "right weekday"
expect_rc "the example hook accepts a clean change" 0

# Usage errors.
run "$ERRATA_BIN" hook
expect_rc "hook without a subcommand exits 2" 2
run "$ERRATA_BIN" hook launch
expect_rc "an unknown subcommand exits 2" 2
cd "$tmp" || exit 1
mkdir -p plain && cd plain || exit 1
run "$ERRATA_BIN" hook install
expect_rc "outside a repository exits 2" 2
done_testing
