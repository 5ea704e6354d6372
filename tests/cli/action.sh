#!/bin/sh
# The GitHub Action (action.yml): its inputs and outputs are documented and
# wired to the script that does the work, and that script (scripts/
# action.sh), run as the runner runs it on a pull request, writes the SARIF
# log, the annotations and the outputs, and fails only through the action's
# last step.
. "$(dirname "$0")/lib.sh"
. "$FIX/diff/repo.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$ERRATA_ROOT
PATH="$(dirname "$ERRATA_BIN"):$PATH"
export PATH

# The action's metadata.
if python3 -c 'import yaml' 2>/dev/null; then
	run python3 - "$root/action.yml" "$root/scripts/action.sh" <<'PY'
import re, sys, yaml
a = yaml.safe_load(open(sys.argv[1]))
script = open(sys.argv[2]).read()
problems = []
if a.get("runs", {}).get("using") != "composite":
    problems.append("not a composite action")
for k, v in a.get("inputs", {}).items():
    if not v.get("description"):
        problems.append("input %s has no description" % k)
    if "default" not in v and not v.get("required"):
        problems.append("input %s: neither required nor a default" % k)
steps = a["runs"]["steps"]
ids = {s.get("id") for s in steps}
for k, v in a.get("outputs", {}).items():
    m = re.fullmatch(r"\$\{\{ steps\.(\w+)\.outputs\.([\w-]+) \}\}", v.get("value", ""))
    if not v.get("description") or not m:
        problems.append("output %s is not documented or not a step's output" % k)
    elif m.group(1) not in ids or ('echo "%s=' % m.group(2)) not in script:
        problems.append("output %s: scripts/action.sh does not write %s" % (k, m.group(2)))
runs = " ".join(s.get("run", "") for s in steps)
for want in ("scripts/deps.sh\" --build", "make -C", "scripts/action.sh"):
    if want not in runs:
        problems.append("no step runs %s" % want)
uses = [s.get("uses", "") for s in steps]
if not any(u.startswith("github/codeql-action/upload-sarif@") for u in uses):
    problems.append("no SARIF upload step")
for name in re.findall(r"inputs\.([\w-]+)", open(sys.argv[1]).read()):
    if name not in a["inputs"]:
        problems.append("a step uses the undeclared input %s" % name)
print("\n".join(problems))
sys.exit(1 if problems else 0)
PY
	expect_rc "action.yml: composite, every input and output documented and wired" 0
	[ -n "$OUT" ] && printf '%s\n' "$OUT" | sed 's/^/# /'
else
	ok "# skip action.yml metadata: python3-yaml is not installed"
fi
run sh -n "$root/scripts/action.sh"
expect_rc "scripts/action.sh parses" 0

# A pull request that adds a wrong weekday, as the runner runs the step.
r="$tmp/articles"
new_repo "$r"
put "$r" news/bridge.md bridge.md
commit_all "$r" "bridge story"
base=$(git -C "$r" rev-parse HEAD)
put "$r" news/bridge.md bridge-wrong.md
commit_all "$r" "add the mayor's visit"
cd "$r" || exit 1
: >"$tmp/out"
run env GITHUB_OUTPUT="$tmp/out" INPUT_BASE="$base" INPUT_HEAD=HEAD INPUT_ANNOTATE=true \
	INPUT_SARIF_FILE=errata.sarif sh "$root/scripts/action.sh"
expect_rc "the step itself succeeds (the action's last step fails the job)" 0
expect_contains "annotations on the changed line" "::error file=news/bridge.md,line=15,col=22,"
expect_contains "a summary line" "1 changed article(s) checked: 1 new error(s), 0 new warning(s)"
for want in new-errors=1 new-warnings=0 files=1 sarif-file=errata.sarif exit-code=1; do
	if grep -qx "$want" "$tmp/out"; then ok "output $want"; else not_ok "output $want" "$(cat "$tmp/out")"; fi
done
if python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["runs"][0]["results"]; assert len(r)==1 and r[0]["ruleId"]=="date.weekday", r' errata.sarif; then
	ok "the SARIF log holds the new finding"
else
	not_ok "the SARIF log holds the new finding"
fi
python3 "$root/tests/sarif_validate.py" errata.sarif >"$tmp/v" 2>&1
case $? in
0) ok "the SARIF log is valid SARIF 2.1.0" ;;
77) ok "# skip SARIF schema: $(cat "$tmp/v")" ;;
*) not_ok "the SARIF log is valid SARIF 2.1.0" "$(cat "$tmp/v")" ;;
esac

# Inputs: no annotations, a path limit, --all.
: >"$tmp/out"
run env GITHUB_OUTPUT="$tmp/out" INPUT_BASE="$base" INPUT_ANNOTATE=false INPUT_PATHS="sports/" \
	sh "$root/scripts/action.sh"
expect_not_contains "annotate false: no annotations" "::error"
if grep -qx exit-code=0 "$tmp/out" && grep -qx new-errors=0 "$tmp/out"; then
	ok "paths: an article outside them is not checked"
else
	not_ok "paths: an article outside them is not checked" "$(cat "$tmp/out")"
fi

# No base, an unknown base: a clear error, exit 2.
run env GITHUB_OUTPUT="$tmp/out" INPUT_BASE= sh "$root/scripts/action.sh"
expect_rc "no base: exit 2" 2
expect_contains "no base: says which input to set" "set the action's 'base' input" stderr
run env GITHUB_OUTPUT="$tmp/out" INPUT_BASE=0123456789abcdef0123456789abcdef01234567 sh "$root/scripts/action.sh"
expect_rc "a base that cannot be fetched: exit 2" 2
expect_contains "a base that cannot be fetched: says so" "cannot fetch the base revision" stderr

# The example workflow uses the action and has no placeholder left.
run grep -c "uses: ./.errata" "$root/examples/ci/errata.yml"
expect_contains "examples/ci/errata.yml runs the action" "1"
run grep -n "example.org" "$root/examples/ci/errata.yml"
expect_rc "examples/ci/errata.yml has no placeholder address" 1
done_testing
