// One Prometheus API call as a job object on the caller's QNetworkAccessManager: timeout, abort, retry with backoff,
// a clear error text ("unreachable", the server's error text, HTTP status explained), large bodies parsed on the pool.
#pragma once

#include "telemetry/PromResponse.h"
#include "telemetry/PrometheusOptions.h"

#include "common/Error.h"
#include "common/HttpCall.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

class QNetworkAccessManager;

namespace Infradeck {

class PrometheusJob : public QObject
{
    Q_OBJECT

public:
    using Params = QList<QPair<QString, QString>>;

    PrometheusJob(QNetworkAccessManager *network, PrometheusOptions options, PromResponse::Kind kind, QString apiPath, Params params,
                  QObject *parent = nullptr);
    ~PrometheusJob() override;

    void start();
    void abort(); // finished() follows at once with an "aborted" error
    bool isRunning() const { return m_running; }

    bool ok() const { return m_ok; }
    const Error &error() const { return m_error; }
    const PromResponse &response() const { return m_response; }
    int attempts() const { return m_call->attempts(); }
    bool usedPost() const { return m_usedPost; }
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }
    QString apiPath() const { return m_apiPath; }

Q_SIGNALS:
    void finished();

private:
    void request();
    void onReply();
    void parseBody(const QByteArray &body, int status, const QString &source);
    void fail(Error error);
    void succeed(PromResponse response);

    PrometheusOptions m_options;
    HttpCall *m_call;
    PromResponse::Kind m_kind;
    QString m_apiPath;
    Params m_params;
    QElapsedTimer m_elapsed;
    bool m_running = false;
    bool m_ok = false;
    bool m_usedPost = false;
    quint64 m_generation = 0; // drops a pool parse that finishes after abort()
    Error m_error;
    PromResponse m_response;
};

} // namespace Infradeck
