#!/usr/bin/env bash
# infradeck-cli prom query against the real Prometheus of tests/services/start: data, CSV, a bad query, unreachable.
set -u
CLI=$1
URL=${INFRADECK_TEST_PROMETHEUS_URL:-}
fail() { echo "FAIL: $*"; exit 1; }
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
