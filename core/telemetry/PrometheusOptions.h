// How to reach one Prometheus-compatible HTTP API: base URL (with any path prefix), credentials passed in by the
// caller (from the keychain; never logged), timeout and retry policy.
#pragma once

#include <QString>
#include <QUrl>

namespace Infradeck {

struct PrometheusOptions
{
    QUrl baseUrl;             // e.g. http://127.0.0.1:9090 or https://mimir.example/prometheus
    QString bearerToken;      // "Authorization: Bearer ..." when set
    QString basicUser;        // basic auth when set (and no bearer token)
    QString basicPassword;
    int timeoutMs = 15000;    // per request
    int maxRetries = 2;       // on 429, 502, 504 and a 503 that is not a query timeout
    int backoffMs = 500;      // first retry delay, doubled each time
    int postThreshold = 2000; // a query longer than this (URL-encoded bytes) is sent as a POST form
    int asyncParseBytes = 64 * 1024; // bodies larger than this are parsed on the thread pool
};

} // namespace Infradeck
