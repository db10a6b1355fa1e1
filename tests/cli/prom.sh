#!/usr/bin/env bash
# infradeck-cli prom query against the real Prometheus of tests/services/start: data, CSV, a bad query, unreachable;
# credentials ($INFRADECK_PROM_TOKEN, --token-keychain from the private test keyring) checked by a local server that
# answers 401 unless the Authorization header is right, and never printed.
set -u
CLI=$1
URL=${INFRADECK_TEST_PROMETHEUS_URL:-}
fail() { echo "FAIL: $*"; exit 1; }
# --- credentials ---------------------------------------------------------------------------------------------
command -v python3 >/dev/null || fail "python3 is needed for the credentials check"
FAKE_DIR=$(mktemp -d)
cat >"$FAKE_DIR/fake.py" <<'PY'
import http.server, json, sys
want = sys.argv[1].encode()
class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        if self.headers.get('Authorization', '').encode() == want:
            code, body = 200, b'{"status":"success","data":{"resultType":"vector","result":[{"metric":{"__name__":"up","job":"auth"},"value":[1700000000,"1"]}]}}'
        else:
            code, body = 401, json.dumps({"status": "error", "errorType": "unauthorized", "error": "wrong or missing credentials"}).encode()
        self.send_response(code); self.send_header('Content-Type', 'application/json'); self.send_header('Content-Length', str(len(body))); self.end_headers(); self.wfile.write(body)
s = http.server.HTTPServer(('127.0.0.1', 0), H)
print(s.server_address[1], flush=True)
s.serve_forever()
PY
TOKEN="tok-$$-$RANDOM$RANDOM"
python3 "$FAKE_DIR/fake.py" "Bearer $TOKEN" >"$FAKE_DIR/port" & FAKE_PID=$!
cleanup() { kill "$FAKE_PID" 2>/dev/null; rm -rf "$FAKE_DIR"; }
trap cleanup EXIT
for _ in $(seq 1 50); do [ -s "$FAKE_DIR/port" ] && break; sleep 0.1; done
FAKE=http://127.0.0.1:$(cat "$FAKE_DIR/port")
"$CLI" prom --help | grep -q -- '--token-keychain' || fail "--help does not document --token-keychain"
"$CLI" prom --help | grep -q 'INFRADECK_PROM_TOKEN' || fail "--help does not document INFRADECK_PROM_TOKEN"
err=$("$CLI" prom query "$FAKE" up 2>&1 >/dev/null); rc=$?
[ $rc -eq 2 ] || fail "no credentials: exit $rc"
echo "$err" | grep -q '401' || fail "no credentials: message $err"
out=$(INFRADECK_PROM_TOKEN="Bearer $TOKEN" "$CLI" prom query "$FAKE" up 2>&1) || fail "INFRADECK_PROM_TOKEN Bearer: $out"
echo "$out" | grep -q 'job="auth"' || fail "INFRADECK_PROM_TOKEN Bearer output: $out"
out=$(INFRADECK_PROM_TOKEN="$TOKEN" "$CLI" prom query "$FAKE" up 2>&1) || fail "INFRADECK_PROM_TOKEN bare: $out"
out=$(INFRADECK_PROM_TOKEN="Bearer wrong-$TOKEN" "$CLI" prom query "$FAKE" up 2>&1); [ $? -eq 2 ] || fail "wrong token accepted"
echo "$out" | grep -q "$TOKEN" && fail "the token was printed: $out"
out=$(INFRADECK_PROM_TOKEN="$(printf 'Bearer %s\nX-Evil: 1' "$TOKEN")" "$CLI" prom query "$FAKE" up 2>&1); [ $? -eq 2 ] || fail "a two-line token was accepted"
echo "$out" | grep -q "$TOKEN" && fail "the refused token was printed: $out"
if [ -n "${INFRADECK_TEST_SERVICES:-}" ] && [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v secret-tool >/dev/null; then
    KEY="prom-sh-$$/*/prometheus"
    printf 'Bearer %s' "$TOKEN" | secret-tool store --label="infradeck test" server infradeck user "$KEY" type plaintext || fail "secret-tool store"
    out=$("$CLI" prom query "$FAKE" up --token-keychain "$KEY" 2>&1); rc=$?
    secret-tool clear server infradeck user "$KEY"
    [ $rc -eq 0 ] || fail "--token-keychain: exit $rc: $out"
    echo "$out" | grep -q 'job="auth"' || fail "--token-keychain output: $out"
    err=$("$CLI" prom query "$FAKE" up --token-keychain "$KEY" 2>&1 >/dev/null); [ $? -eq 2 ] || fail "removed keychain entry still works"
    echo "$err" | grep -q 'no such item' || fail "removed keychain entry message: $err"
fi
# --- the real Prometheus ------------------------------------------------------------------------------------
if [ -z "$URL" ]; then
    [ -n "${INFRADECK_TEST_SERVICES:-}" ] && fail "INFRADECK_TEST_PROMETHEUS_URL not set although services were started"
    echo "SKIP: no test Prometheus (run ./scripts/test)"; exit 77
fi
for _ in $(seq 1 60); do # the first scrape lands a few seconds after start
    out=$("$CLI" prom query "$URL" 'up{job="node"}' --format json 2>/dev/null) && echo "$out" | jq -e '.series | length > 0' >/dev/null 2>&1 && break
    sleep 0.5
done
echo "$out" | grep -q '"node"' || fail "no series for job node: $out"
"$CLI" prom query "$URL" 'node_load1' --range 5m --step 15s --format csv >/tmp/prom.$$.csv || fail "range query exit $?"
head -1 /tmp/prom.$$.csv | grep -qi 'time\|timestamp' || fail "CSV header: $(head -1 /tmp/prom.$$.csv)"
rm -f /tmp/prom.$$.csv
err=$("$CLI" prom query "$URL" 'sum(' 2>&1 >/dev/null); rc=$?
[ $rc -eq 2 ] || fail "bad query exit $rc"
echo "$err" | grep -qi 'parse error\|bad_data' || fail "bad query message: $err"
"$CLI" prom query http://127.0.0.1:9 up --timeout 2 >/dev/null 2>&1; [ $? -eq 2 ] || fail "unreachable should exit 2"
echo ok
