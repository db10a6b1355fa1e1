// A Prometheus-like server for the telemetry tests (unit and GUI), on tests/LocalHttpServer.h: every request is
// recorded (method, path, decoded query parameters, Authorization header) and answered by `handler`, which may
// hang (never answer). stop() closes the listener and every open connection, like a stopped server.
#pragma once

#include "LocalHttpServer.h"

#include <QList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace TestSupport {

struct PromRequest
{
    QByteArray method;
    QString path;
    QUrlQuery params; // from the URL or the POST form
    QByteArray authorization;
};

struct PromAnswer
{
    int status = 200;
    QByteArray body;
    bool hang = false;
};

class FakePrometheus : public LocalHttpServer
{
public:
    std::function<PromAnswer(const PromRequest &)> handler;
    QList<PromRequest> seen;

    FakePrometheus()
    {
        respond = [this](const Received &received) {
            PromRequest r;
            r.method = received.method;
            r.authorization = received.header("Authorization");
            const QUrl url(QString::fromLatin1(received.target));
            r.path = url.path();
            QByteArray form = r.method == "POST" ? received.body : url.query(QUrl::FullyEncoded).toLatin1();
            form.replace('+', "%20");
            r.params.setQuery(QString::fromLatin1(form));
            seen << r;
            const PromAnswer a = handler ? handler(r) : PromAnswer{404, "{}", false};
            return Canned{a.status, a.body, {}, a.hang, false};
        };
    }

    // A matrix answer: one series per entry of values, one point per value at start, start+step, ...
    static QByteArray matrix(const QList<QList<QByteArray>> &values, double start = 1700000000, double step = 15)
    {
        QByteArray out = R"({"status":"success","data":{"resultType":"matrix","result":[)";
        for (qsizetype s = 0; s < values.size(); ++s) {
            out += (s ? "," : "") + QByteArray(R"({"metric":{"__name__":"m","instance":"i)") + QByteArray::number(s) + R"("},"values":[)";
            for (qsizetype i = 0; i < values[s].size(); ++i)
                out += (i ? "," : "") + QByteArray("[") + QByteArray::number(start + double(i) * step, 'f', 3) + ",\"" + values[s][i] + "\"]";
            out += "]}";
        }
        return out + "]}}";
    }
    static QByteArray error(const QByteArray &type, const QByteArray &text)
    {
        return R"({"status":"error","errorType":")" + type + R"(","error":")" + text + R"("})";
    }
};

} // namespace TestSupport
