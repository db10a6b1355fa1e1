#!/usr/bin/env bash
# infradeck-cli plan summary / report on the demo: JSON shape, --fail-on, reports without sensitive values.
set -u
CLI=$1 SRC=$2
PLAN=$SRC/resources/demo/plans/production.plan.json
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$CLI" plan summary "$PLAN" --format json >"$T/s.json" || fail "summary exit $?"
jq -e '.counts.replace == 1 and .counts.create == 2 and .counts.update == 3 and .drift == 1' "$T/s.json" >/dev/null || fail "counts: $(jq -c .counts "$T/s.json")"
jq -e '[.changes[] | select(.action == "replace")][0].replace_paths == [["image"]]' "$T/s.json" >/dev/null || fail "replace_paths"
jq -e '[.risks[] | select(.severity == "high")] | length >= 1' "$T/s.json" >/dev/null || fail "no high risk for the open 5432"
"$CLI" plan summary "$PLAN" --fail-on high >/dev/null; [ $? -eq 1 ] || fail "--fail-on high should exit 1"
"$CLI" plan summary "$SRC/resources/demo/plans/staging.plan.json" --fail-on high >/dev/null; [ $? -eq 0 ] || fail "staging has no high risk"
for f in md html; do
  "$CLI" plan report "$PLAN" -o "$T/r.$f" >/dev/null || fail "report $f exit $?"
  [ -s "$T/r.$f" ] || fail "empty $f report"
  grep -q 'hcloud_server.web' "$T/r.$f" || fail "$f report lacks the server"
done
grep -rq 'demo-sensitive-DO-NOT-SHOW' "$T" && fail "a sensitive value leaked into summary or report"
"$CLI" plan summary /nonexistent.json >/dev/null 2>&1; [ $? -eq 2 ] || fail "missing plan should exit 2"
echo ok
