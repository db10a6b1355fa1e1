#!/usr/bin/env bash
# Files written by `infradeck-cli sops encrypt|set` decrypt with the independent npm `sops-age` reader (whole file)
# and their data key with the real `age` binary. sops-age is installed once into $INFRADECK_NPM_DIR (npm registry).
# Exit 77 (skipped) only when node/npm or the registry is unavailable and no test services were started.
set -u
CLI=$1 SRC=$2
NPM_DIR=${INFRADECK_NPM_DIR:-$(dirname "$CLI")/../npm}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
skip() { if [ -n "${INFRADECK_TEST_SERVICES:-}" ]; then fail "$*"; fi; echo "SKIP: $*"; exit 77; }
command -v node >/dev/null && command -v npm >/dev/null || skip "node/npm not installed"
if [ ! -d "$NPM_DIR/node_modules/sops-age" ]; then
    mkdir -p "$NPM_DIR"
    npm install --prefix "$NPM_DIR" --no-audit --no-fund --silent sops-age@4.0.2 >"$T/npm.log" 2>&1 \
        || skip "npm install sops-age failed: $(tail -1 "$T/npm.log")"
fi
age-keygen -o "$T/key.txt" 2>/dev/null || fail "age-keygen"
R=$(grep -o 'age1[0-9a-z]*' "$T/key.txt" | head -1)
K=$(grep '^AGE-SECRET-KEY-' "$T/key.txt")
printf 'DATABASE_URL=postgres://app:s3cret@db:5432/app\nAPI_TOKEN=tok_123\nEMPTY=\n' >"$T/app.env"
printf 'db:\n  user: app\n  password: s3cret\nport: 5432\nenabled: true\nhosts:\n  - a.example.com\n  - b.example.com\n' >"$T/app.yaml"
printf '{"db":{"user":"app","password":"s3cret"},"ratio":1.5,"tags":["x","y"]}\n' >"$T/app.json"
for f in app.env app.yaml app.json; do
    "$CLI" sops encrypt "$T/$f" --age "$R" -o "$T/enc.$f" >/dev/null || fail "encrypt $f"
    grep -q s3cret "$T/enc.$f" && fail "plaintext in encrypted $f"
done
"$CLI" sops set "$T/enc.app.env" API_TOKEN tok_456 --identity "$T/key.txt" >/dev/null || fail "set env"
"$CLI" sops set "$T/enc.app.yaml" '["db"]["password"]' changed --identity "$T/key.txt" >/dev/null || fail "set yaml"
echo '{"DATABASE_URL":"postgres://app:s3cret@db:5432/app","API_TOKEN":"tok_456","EMPTY":""}' >"$T/env.json"
echo '{"db":{"user":"app","password":"changed"},"port":5432,"enabled":true,"hosts":["a.example.com","b.example.com"]}' >"$T/yaml.json"
echo '{"db":{"user":"app","password":"s3cret"},"ratio":1.5,"tags":["x","y"]}' >"$T/json.json"
node "$SRC/tests/cli/sops-interop.mjs" "$NPM_DIR/node_modules" "$K" env "$T/enc.app.env" "$T/env.json" || fail "sops-age env"
node "$SRC/tests/cli/sops-interop.mjs" "$NPM_DIR/node_modules" "$K" yaml "$T/enc.app.yaml" "$T/yaml.json" || fail "sops-age yaml"
node "$SRC/tests/cli/sops-interop.mjs" "$NPM_DIR/node_modules" "$K" json "$T/enc.app.json" "$T/json.json" || fail "sops-age json"
echo ok
