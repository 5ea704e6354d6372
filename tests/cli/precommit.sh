#!/bin/sh
# .pre-commit-hooks.yaml, through the pre-commit framework itself: an
# article repository that lists errata's hooks refuses a commit that adds
# an error and takes one that does not. Skipped where pre-commit is not
# installed (scripts/deps.sh installs it).
. "$(dirname "$0")/lib.sh"
. "$FIX/diff/repo.sh"
if ! command -v pre-commit >/dev/null 2>&1; then
	ok "# skip pre-commit hooks: pre-commit is not installed (apt-get install pre-commit)"
	done_testing
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
PATH="$(dirname "$ERRATA_BIN"):$PATH"
export PATH PRE_COMMIT_HOME="$tmp/cache"

# A repository that holds the hooks file as this tree has it.
hooks="$tmp/hooks"
new_repo "$hooks"
cp "$ERRATA_ROOT/.pre-commit-hooks.yaml" "$hooks/"
commit_all "$hooks" "hooks"
rev=$(git -C "$hooks" rev-parse HEAD)

r="$tmp/articles"
new_repo "$r"
cat >"$r/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: errata
YAML
put "$r" news/bridge.md bridge.md
commit_all "$r" "bridge story"
cd "$r" || exit 1
run pre-commit install
expect_rc "pre-commit install" 0

put "$r" news/library.md other.md
git add -A
run git commit -q -m "library story"
expect_rc "a commit without a new error goes through the hook" 0
OUT="$OUT$ERR"; expect_contains "the hook ran" "errata (new errors in staged articles)"
put "$r" news/bridge.md bridge-wrong.md
git add -A
run git commit -q -m "add the mayor's visit"
expect_rc "a commit that adds a wrong weekday is refused" 1
OUT="$OUT$ERR"; expect_contains "the refusal names the finding" "news/bridge.md:15:22: error:"
if [ "$(git rev-list --count HEAD)" = 2 ]; then ok "nothing was committed"; else not_ok "nothing was committed"; fi

cat >"$r/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: errata-check
YAML
run pre-commit run errata-check --files news/bridge.md
expect_rc "errata-check: the whole article, any error fails" 1
expect_contains "errata-check names the finding" "[date.weekday]"
run pre-commit run errata-check --files news/library.md
expect_rc "errata-check: a clean article passes" 0
done_testing
