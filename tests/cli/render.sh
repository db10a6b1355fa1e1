#!/usr/bin/env bash
# infradeck-cli plan render / state render: SVG, PNG and DOT of the demo; focus and changes-only; bad input exits 2.
set -u
CLI=$1 SRC=$2
PLAN=$SRC/resources/demo/plans/production.plan.json STATE=$SRC/resources/demo/states/production.tfstate
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$CLI" plan render "$PLAN" -o "$T/p.svg" >/dev/null || fail "svg exit $?"
grep -q '<svg' "$T/p.svg" || fail "not an SVG"
grep -q 'hcloud_server.web' "$T/p.svg" || fail "server missing from SVG"
grep -q 'demo-sensitive-DO-NOT-SHOW' "$T/p.svg" && fail "a sensitive value leaked into the SVG"
"$CLI" plan render "$PLAN" -o "$T/p.png" >/dev/null || fail "png exit $?"
[ "$(head -c 8 "$T/p.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "not a PNG"
"$CLI" plan render "$PLAN" -o "$T/p.dot" --focus hcloud_volume.data --depth 1 >/dev/null || fail "dot exit $?"
grep -q '"hcloud_volume_attachment.data" -> "hcloud_volume.data"' "$T/p.dot" || fail "focus lost the attachment edge"
grep -q 'vercel_project_environment_variable' "$T/p.dot" && fail "focus kept an unrelated node"
"$CLI" plan render "$PLAN" -o "$T/c.dot" --changes-only >/dev/null || fail "changes-only exit $?"
grep -q '"hcloud_ssh_key.deploy"' "$T/c.dot" && fail "changes-only kept the unchanged ssh key (not on a path between changes)"
"$CLI" state render "$STATE" -o "$T/s.svg" >/dev/null || fail "state render exit $?"
grep -q 'hcloud_server.web' "$T/s.svg" || fail "state SVG lacks the server"
"$CLI" plan render "$PLAN" -o "$T/x.gif" >/dev/null 2>&1; [ $? -eq 2 ] || fail "unknown format should exit 2"
"$CLI" plan render "$PLAN" -o "$T/x.svg" --focus nope.nope >/dev/null 2>&1; [ $? -eq 2 ] || fail "unknown focus should exit 2"
echo '{"format_version":"1.2","resource_changes":[' >"$T/broken.json"
"$CLI" plan render "$T/broken.json" -o "$T/b.svg" >/dev/null 2>&1; [ $? -eq 2 ] || fail "broken plan should exit 2"
[ -e "$T/b.svg" ] && fail "an output file was written for a broken plan"
echo ok
