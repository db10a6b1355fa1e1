#!/usr/bin/env bash
# infradeck-cli workspace check: the demo passes with four environments; a broken file exits 2 with file:line:column.
set -u
CLI=$1 DEMO=$2 BROKEN=$3
fail() { echo "FAIL: $*"; exit 1; }
out=$("$CLI" workspace check "$DEMO" 2>&1); rc=$?
[ $rc -eq 0 ] || fail "demo exit $rc: $out"
echo "$out" | grep -q '^4 environment(s)$' || fail "demo does not list 4 environments: $out"
for e in production staging pr-123 pr-124; do echo "$out" | grep -q "^  $e" || fail "missing $e"; done
err=$("$CLI" workspace check "$BROKEN" 2>&1 >/dev/null); rc=$?
[ $rc -eq 2 ] || fail "broken exit $rc, expected 2"
echo "$err" | grep -Eq 'broken\.yaml:7:[0-9]+: error: .*true or false' || fail "no file:line:column message: $err"
echo "$err" | grep -q 'hc_live_token' && fail "a literal token leaked into the output"
"$CLI" workspace check /nonexistent.yaml >/dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "missing file exit $rc, expected 2"
"$CLI" no-such-verb >/dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "unknown verb exit $rc, expected 2"
echo "ok"
