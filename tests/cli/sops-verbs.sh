#!/usr/bin/env bash
# infradeck-cli sops decrypt|encrypt|set|recipients|verify|check on copies of the demo credentials in a temp dir,
# with interop against the real `age` binary. Usage: sops-verbs.sh PATH/TO/infradeck-cli SOURCE_DIR
set -u
CLI=$1 SRC=$2
DEMO=$SRC/resources/demo
KEY=$DEMO/keys/demo-age-key.txt
DEMO_R=age175g028uefgmn8p3ym2rhkqs7seyazqrt3x85uvqyafgnurxe8e5q2jtklj
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cp "$DEMO"/credentials/* "$tmp/"
# Never let the keychain or the developer's own keys take part.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config DBUS_SESSION_BUS_ADDRESS=unix:path=$tmp/no-bus
unset SOPS_AGE_KEY_FILE SOPS_AGE_KEY
mkdir -p "$HOME"

# --- decrypt: dotenv and YAML, by --identity and by $SOPS_AGE_KEY_FILE -------------------------------------
out=$("$CLI" sops decrypt "$tmp/staging.enc.env" --identity "$KEY") || fail "decrypt staging exit $?"
echo "$out" | grep -qx 'APP_ENV=staging' || fail "decrypt staging: no APP_ENV=staging: $out"
echo "$out" | grep -qx 'KV_REDIS_PASSWORD=' || fail "decrypt staging: KV_REDIS_PASSWORD not empty"
echo "$out" | grep -q 'sops_' && fail "decrypt printed metadata"
out=$(SOPS_AGE_KEY_FILE=$KEY "$CLI" sops decrypt "$tmp/production.enc.yaml") || fail "decrypt yaml via env exit $?"
echo "$out" | grep -q 'password: demo-db-password-prod-7Qx2' || fail "decrypt yaml: $out"
echo "$out" | grep -q 'port: 5432' || fail "decrypt yaml: int lost: $out"
# No identity anywhere (keychain unreachable): exit 2 with a clear message.
err=$("$CLI" sops decrypt "$tmp/staging.enc.env" 2>&1 >/dev/null); rc=$?
[ $rc -eq 2 ] || fail "decrypt without identity exit $rc"
echo "$err" | grep -Eqi 'identity|keychain' || fail "decrypt without identity: unclear error: $err"
# Wrong key: exit 2, names the recipient.
age-keygen -o "$tmp/other.txt" 2>/dev/null
err=$("$CLI" sops decrypt "$tmp/staging.enc.env" --identity "$tmp/other.txt" 2>&1 >/dev/null); rc=$?
[ $rc -eq 2 ] || fail "wrong key exit $rc"
echo "$err" | grep -q "$DEMO_R" || fail "wrong key: message does not name the recipient: $err"
"$CLI" sops decrypt "$tmp/nope.enc.env" --identity "$KEY" >/dev/null 2>&1; [ $? -eq 2 ] || fail "missing file not exit 2"
"$CLI" sops frobnicate x >/dev/null 2>&1; [ $? -eq 2 ] || fail "unknown verb not exit 2"

# --- verify: MAC ok; a tampered value is a finding (exit 1) ------------------------------------------------
"$CLI" sops verify "$tmp/production.enc.env" --identity "$KEY" | grep -q 'MAC ok' || fail "verify production"
cp "$tmp/production.enc.env" "$tmp/tampered.enc.env"
awk 'NR==1{first=$0; next} NR==2{print; print first; next} {print}' "$tmp/production.enc.env" >"$tmp/tampered.enc.env"
err=$("$CLI" sops verify "$tmp/tampered.enc.env" --identity "$KEY" 2>&1); rc=$?
[ $rc -eq 1 ] || fail "verify tampered exit $rc: $err"
echo "$err" | grep -q 'MAC' || fail "verify tampered: no MAC message: $err"

# --- set: sops key path and dotted path; unchanged values keep their ciphertext ----------------------------
before_db=$(grep '^DATABASE_URL=' "$tmp/production.enc.env")
"$CLI" sops set "$tmp/production.enc.env" '["APP_ENV"]' 'production-2' --identity "$KEY" || fail "set dotenv exit $?"
grep -qxF "$before_db" "$tmp/production.enc.env" || fail "set changed an unrelated ciphertext"
grep -q 'production-2' "$tmp/production.enc.env" && fail "set wrote plaintext"
"$CLI" sops decrypt "$tmp/production.enc.env" --identity "$KEY" | grep -qx 'APP_ENV=production-2' || fail "set value not read back"
"$CLI" sops verify "$tmp/production.enc.env" --identity "$KEY" >/dev/null || fail "MAC wrong after set"
"$CLI" sops set "$tmp/production.enc.yaml" postgres.primary.port 6543 --identity "$KEY" || fail "set yaml int exit $?"
"$CLI" sops set "$tmp/production.enc.yaml" '["stripe"]["secret_key"]' 'sk_demo_new' --identity "$KEY" || fail "set yaml str"
grep -q 'type:int' "$tmp/production.enc.yaml" || fail "type lost"
out=$("$CLI" sops decrypt "$tmp/production.enc.yaml" --identity "$KEY")
echo "$out" | grep -q 'port: 6543' || fail "yaml int not set: $out"
echo "$out" | grep -q 'secret_key: sk_demo_new' || fail "yaml str not set: $out"
"$CLI" sops set "$tmp/production.enc.yaml" postgres.primary.port notanumber --identity "$KEY" >/dev/null 2>&1
[ $? -eq 2 ] || fail "set int to text not refused"
"$CLI" sops set "$tmp/production.enc.yaml" '["a"' x --identity "$KEY" >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad key path accepted"

# --- recipients: list, add, remove, rotate ---------------------------------------------------------------
"$CLI" sops recipients "$tmp/pr-123.enc.env" | grep -qx "age $DEMO_R" || fail "recipients list"
OTHER_R=$(age-keygen -y "$tmp/other.txt")
"$CLI" sops recipients "$tmp/pr-123.enc.env" --add "$OTHER_R" --identity "$KEY" >/dev/null || fail "add recipient"
"$CLI" sops decrypt "$tmp/pr-123.enc.env" --identity "$tmp/other.txt" | grep -q '^APP_ENV=' || fail "added recipient cannot decrypt"
before_env=$(grep '^APP_ENV=' "$tmp/pr-123.enc.env")
"$CLI" sops recipients "$tmp/pr-123.enc.env" --rotate --identity "$tmp/other.txt" >/dev/null || fail "rotate"
grep -qxF "$before_env" "$tmp/pr-123.enc.env" && fail "rotate kept a ciphertext"
"$CLI" sops recipients "$tmp/pr-123.enc.env" --remove "$DEMO_R" --identity "$tmp/other.txt" >/dev/null || fail "remove"
"$CLI" sops decrypt "$tmp/pr-123.enc.env" --identity "$KEY" >/dev/null 2>&1 && fail "removed recipient still decrypts"
"$CLI" sops decrypt "$tmp/pr-123.enc.env" --identity "$tmp/other.txt" | grep -q 'pr-123' || fail "after remove"

# --- encrypt: --age to stdout and -o; .sops.yaml creation rules; data key opens with the real age ----------
printf 'API_TOKEN=demo-plain-token-Zx81\nEMPTY=\nNAME_unencrypted=shop\n' >"$tmp/new.env"
"$CLI" sops encrypt "$tmp/new.env" --age "$DEMO_R,$OTHER_R" >"$tmp/new.enc.env" || fail "encrypt to stdout"
grep -q 'demo-plain-token' "$tmp/new.enc.env" && fail "encrypt wrote plaintext"
grep -qx 'NAME_unencrypted=shop' "$tmp/new.enc.env" || fail "unencrypted suffix not honoured"
"$CLI" sops decrypt "$tmp/new.enc.env" --identity "$tmp/other.txt" | grep -qx 'API_TOKEN=demo-plain-token-Zx81' || fail "encrypt round trip"
# interop: the data key wrapped for the demo recipient opens with `age -d` (32 bytes)
enc=$(grep '^sops_age__list_0__map_enc=' "$tmp/new.enc.env" | cut -d= -f2-)
printf '%b' "$enc" >"$tmp/datakey.age"
age -d -i "$KEY" -o "$tmp/datakey.bin" "$tmp/datakey.age" || fail "age -d could not open the data key"
[ "$(stat -c %s "$tmp/datakey.bin")" -eq 32 ] || fail "data key is not 32 bytes"
mkdir -p "$tmp/repo/secrets"
printf 'creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    encrypted_regex: ^(password|token)$\n    age: %s\n' "$DEMO_R" >"$tmp/repo/.sops.yaml"
printf 'db:\n  host: db.example.com\n  password: demo-rule-pw-41\n' >"$tmp/repo/secrets/app.yaml"
"$CLI" sops encrypt "$tmp/repo/secrets/app.yaml" -o "$tmp/repo/secrets/app.enc.yaml" || fail "encrypt with rules"
grep -q 'host: db.example.com' "$tmp/repo/secrets/app.enc.yaml" || fail "encrypted_regex not followed (host encrypted)"
grep -q 'demo-rule-pw-41' "$tmp/repo/secrets/app.enc.yaml" && fail "password not encrypted"
grep -q "$DEMO_R" "$tmp/repo/secrets/app.enc.yaml" || fail "rule recipient not used"
"$CLI" sops decrypt "$tmp/repo/secrets/app.enc.yaml" --identity "$KEY" | grep -q 'password: demo-rule-pw-41' || fail "rule round trip"
printf 'x: 1\n' >"$tmp/norule.yaml"
"$CLI" sops encrypt "$tmp/norule.yaml" >/dev/null 2>&1; [ $? -eq 2 ] || fail "encrypt without recipients not exit 2"
"$CLI" sops encrypt "$tmp/staging.enc.env" --age "$DEMO_R" >/dev/null 2>&1; [ $? -eq 2 ] || fail "re-encrypting a SOPS file accepted"

# --- check: the demo's deliberate gaps --------------------------------------------------------------------
out=$("$CLI" sops check "$DEMO/infradeck.yaml"); rc=$?
[ $rc -eq 1 ] || fail "check demo exit $rc"
echo "$out" | grep -q 'KV_REDIS_PASSWORD is missing' || fail "check: production gap not reported: $out"
echo "$out" | grep -q 'KV_REDIS_PASSWORD is empty in staging.enc.env' || fail "check: staging gap not reported: $out"
echo "$out" | grep -q 'demo-' && fail "check printed a value"
"$CLI" sops check "$tmp/nope.yaml" >/dev/null 2>&1; [ $? -eq 2 ] || fail "check missing workspace not exit 2"

# Nothing decrypted was left in the temp dir.
grep -rl 'demo-db-password-prod-7Qx2\|demo-plain-token-Zx81' "$tmp" --exclude=new.env --exclude=app.yaml && fail "plaintext on disk"
echo "ok"
