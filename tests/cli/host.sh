#!/usr/bin/env bash
# infradeck-cli host run|check|wait against the real test sshd of tests/services/start: streamed output and the
# remote exit status, check --format json shape, wait --marker (present → 0, absent → 1 after the attempts), unknown
# host keys refused without --accept-new (and written with it), a changed key always refused, --jump through the
# test sshd itself, an encrypted key whose passphrase is in the test keychain. Exit 77 = skipped (no services).
set -u
CLI=$1
fail() { echo "FAIL: $*"; exit 1; }
if [ -z "${INFRADECK_TEST_SSH_PORT:-}" ]; then
    [ -n "${INFRADECK_TEST_SERVICES:-}" ] && fail "INFRADECK_TEST_SSH_PORT not set although services were started"
    echo "SKIP: no test sshd (run ./scripts/test)"; exit 77
fi
command -v jq >/dev/null || fail "jq is needed"
T=$(mktemp -d "${TMPDIR:-/tmp}/infradeck-cli-host.XXXXXX")
trap 'rm -rf "$T"' EXIT
unset SSH_AUTH_SOCK
HOST=127.0.0.1 PORT=$INFRADECK_TEST_SSH_PORT USER_=$INFRADECK_TEST_SSH_USER KEY=$INFRADECK_TEST_SSH_KEY
KH=$T/known_hosts
printf '[%s]:%s %s\n' "$HOST" "$PORT" "$(cut -d' ' -f1,2 "$INFRADECK_TEST_SSH_HOST_KEY")" >"$KH"
opts=(--port "$PORT" --user "$USER_" --identity "$KEY" --known-hosts "$KH" --timeout 5)
export XDG_CONFIG_HOME=$T/config # the CLI's settings (keychain item names) stay in the temp dir

# --- run: output streams, exit status is the remote one ---
out=$("$CLI" host run "$HOST" "${opts[@]}" -- 'echo hello; echo oops >&2' 2>"$T/err"); rc=$?
[ $rc -eq 0 ] || fail "run exit $rc: $(cat "$T/err")"
[ "$out" = hello ] || fail "run stdout: $out"
grep -qx oops "$T/err" || fail "run stderr: $(cat "$T/err")"
"$CLI" host run "$HOST" "${opts[@]}" -- sh -c "'exit 3'" >/dev/null 2>&1; rc=$?
[ $rc -eq 3 ] || fail "sh -c 'exit 3' should exit 3, got $rc"
"$CLI" host run "$HOST" "${opts[@]}" -- 'exit 255' >/dev/null 2>&1; [ $? -eq 255 ] || fail "exit 255 not passed through"
# Streaming: the first line arrives while the command still runs (a timestamp per line, read as it comes).
start=$(date +%s%N)
first=""
while IFS= read -r line; do
    [ -z "$first" ] && first=$(( ($(date +%s%N) - start) / 1000000 ))
done < <("$CLI" host run "$HOST" "${opts[@]}" -- 'echo a; sleep 1.5; echo b' 2>/dev/null)
total=$(( ($(date +%s%N) - start) / 1000000 ))
[ -n "$first" ] && [ $((total - first)) -ge 1000 ] || fail "output not streamed: first line at ${first}ms, end at ${total}ms"
# Bad input exits 2; a closed port exits 255 like ssh.
"$CLI" host run "$HOST" "${opts[@]}" >/dev/null 2>&1; [ $? -eq 2 ] || fail "no command should exit 2"
"$CLI" host run "$HOST" "${opts[@]}" --port 1 -- true >/dev/null 2>&1; [ $? -eq 255 ] || fail "closed port should exit 255"

# --- check --format json ---
json=$("$CLI" host check "$HOST" "${opts[@]}" --checks uptime,disk,memory --format json 2>"$T/err"); rc=$?
[ $rc -eq 0 ] || [ $rc -eq 1 ] || fail "check exit $rc: $(cat "$T/err")"
echo "$json" | jq -e --arg a "[$HOST]:$PORT" '.address == $a and (.status | IN("ok","warning","failed","unavailable"))
    and (.checks | length == 3) and ([.checks[].id] == ["uptime","disk","memory"])
    and all(.checks[]; (.status | type == "string") and (.summary | type == "string") and (.raw | type == "string")
            and (.exit_status | type == "number") and (.title | type == "string"))' >/dev/null \
    || fail "check json shape: $json"
# (uptime's status depends on this machine's load: only that it was measured)
echo "$json" | jq -e '(.checks[] | select(.id == "uptime") | (.summary | test("load")) and .status != "unavailable")
    and (.checks[] | select(.id == "disk") | .status != "unavailable")' >/dev/null || fail "uptime/disk check: $json"
"$CLI" host check "$HOST" "${opts[@]}" --checks nope >/dev/null 2>&1; [ $? -eq 2 ] || fail "unknown check should exit 2"

# --- wait --marker ---
marker=$T/boot-finished
: >"$marker"
"$CLI" host wait "$HOST" "${opts[@]}" --marker "$marker" --attempts 2 --interval 0 >/dev/null 2>&1; rc=$?
[ $rc -eq 0 ] || fail "wait with the marker present should exit 0, got $rc"
start=$(date +%s)
"$CLI" host wait "$HOST" "${opts[@]}" --marker "$T/never" --attempts 3 --interval 1 >/dev/null 2>"$T/err"; rc=$?
[ $rc -eq 1 ] || fail "wait without the marker should exit 1, got $rc"
[ "$(grep -c '^attempt [0-9]/3' "$T/err")" -eq 3 ] || fail "three attempts expected: $(cat "$T/err")"
[ $(( $(date +%s) - start )) -ge 2 ] || fail "wait did not wait between attempts"
# The marker appears while waiting.
rm -f "$marker"
( sleep 1.5; : >"$marker" ) &
"$CLI" host wait "$HOST" "${opts[@]}" --marker "$marker" --attempts 10 --interval 1 >"$T/out" 2>/dev/null; rc=$?
wait
[ $rc -eq 0 ] || fail "wait should see the marker appear, got $rc"
grep -q 'reachable (attempt [2-9]' "$T/out" || fail "marker found at the first attempt? $(cat "$T/out")"

# --- host keys ---
NEW=$T/new_known_hosts
: >"$NEW"
err=$("$CLI" host run "$HOST" "${opts[@]}" --known-hosts "$NEW" -- "touch $T/must-not-exist" 2>&1 >/dev/null); rc=$?
[ $rc -eq 255 ] || fail "unknown key should exit 255, got $rc"
echo "$err" | grep -q 'unknown' && echo "$err" | grep -q -- '--accept-new' && echo "$err" | grep -q 'SHA256:' \
    || fail "unknown key message: $err"
[ ! -e "$T/must-not-exist" ] || fail "command ran despite the unknown host key"
[ ! -s "$NEW" ] || fail "refused key was written"
"$CLI" host run "$HOST" "${opts[@]}" --known-hosts "$NEW" --accept-new -- true >/dev/null 2>&1 || fail "--accept-new failed"
grep -q "^\[$HOST\]:$PORT ssh-ed25519 " "$NEW" || fail "accepted key not written: $(cat "$NEW")"
"$CLI" host run "$HOST" "${opts[@]}" --known-hosts "$NEW" -- true >/dev/null 2>&1 || fail "key now known, should connect"
CHANGED=$T/changed_known_hosts
printf '[%s]:%s %s\n' "$HOST" "$PORT" "$(cut -d' ' -f1,2 "$INFRADECK_TEST_SSH_OTHER_HOST_KEY")" >"$CHANGED"
err=$("$CLI" host run "$HOST" "${opts[@]}" --known-hosts "$CHANGED" --accept-new -- "touch $T/changed-ran" 2>&1 >/dev/null); rc=$?
[ $rc -eq 255 ] || fail "changed key should exit 255 even with --accept-new, got $rc"
echo "$err" | grep -q 'HOST KEY CHANGED' || fail "changed key message: $err"
[ ! -e "$T/changed-ran" ] || fail "command ran despite the changed host key"

# --- ProxyJump through the test sshd itself ---
out=$("$CLI" host run "$HOST" "${opts[@]}" --jump "$USER_@$HOST:$PORT" -- 'echo $SSH_CONNECTION' 2>"$T/err"); rc=$?
[ $rc -eq 0 ] || fail "--jump exit $rc: $(cat "$T/err")"
case "$out" in "127.0.0.1 "*) ;; *) fail "--jump output: $out" ;; esac
"$CLI" host run "$HOST" "${opts[@]}" --jump '-oProxyCommand=x' -- true >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad --jump should exit 2"

# --- encrypted key: passphrase from the test keychain ---
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    ENC=$T/enc_ed25519
    cp "$KEY" "$ENC"; chmod 600 "$ENC"
    ssh-keygen -q -p -N 'cli passphrase' -f "$ENC" >/dev/null || fail "ssh-keygen -p"
    # setsid: no controlling terminal, so nothing can be asked interactively.
    # Not in the keychain: a clear refusal naming the keychain item, exit 255.
    err=$(setsid -w "$CLI" host run "$HOST" "${opts[@]}" --identity "$ENC" -- true 2>&1 </dev/null); rc=$?
    [ $rc -eq 255 ] || fail "encrypted key without passphrase should exit 255, got $rc: $err"
    echo "$err" | grep -qF "default/*/ssh-passphrase:$ENC" || fail "message should name the keychain item: $err"
    # A wrong passphrase is not stored.
    echo 'wrong one' | setsid -w "$CLI" host passphrase --identity "$ENC" >/dev/null 2>"$T/err"; rc=$?
    [ $rc -eq 2 ] && grep -q 'does not open' "$T/err" || fail "wrong passphrase stored? exit $rc $(cat "$T/err")"
    "$CLI" host passphrase --identity "$KEY" </dev/null >/dev/null 2>&1; [ $? -eq 2 ] || fail "unencrypted key has no passphrase"
    out=$(echo 'cli passphrase' | setsid -w "$CLI" host passphrase --identity "$ENC" 2>"$T/err"); rc=$?
    [ $rc -eq 0 ] || fail "host passphrase exit $rc: $(cat "$T/err")"
    echo "$out" | grep -qF "default/*/ssh-passphrase:$ENC" || fail "host passphrase output: $out"
    out=$(setsid -w "$CLI" host run "$HOST" "${opts[@]}" --identity "$ENC" -- echo unlocked 2>"$T/err" </dev/null); rc=$?
    [ $rc -eq 0 ] && [ "$out" = unlocked ] || fail "passphrase from the keychain: exit $rc, $out $(cat "$T/err")"
    setsid -w "$CLI" host wait "$HOST" "${opts[@]}" --identity "$ENC" --attempts 1 </dev/null >/dev/null 2>"$T/err"; rc=$?
    [ $rc -eq 0 ] || fail "wait with the keychain passphrase: exit $rc $(cat "$T/err")"
    setsid -w "$CLI" host check "$HOST" "${opts[@]}" --identity "$ENC" --checks disk </dev/null >/dev/null 2>"$T/err"; rc=$?
    [ $rc -eq 0 ] || fail "check with the keychain passphrase: exit $rc $(cat "$T/err")"
fi
echo ok
