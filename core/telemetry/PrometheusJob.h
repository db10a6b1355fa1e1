// One Prometheus API call as a job object on the caller's QNetworkAccessManager: timeout, abort, retry with backoff,
// a clear error text ("unreachable", the server's error text, HTTP status explained), large bodies parsed on the pool.
#pragma once

#include "telemetry/PromResponse.h"
#include "telemetry/PrometheusOptions.h"

#include "common/Error.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

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
    int attempts() const { return m_attempts; }
    bool usedPost() const { return m_usedPost; }
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }
    QString apiPath() const { return m_apiPath; }

Q_SIGNALS:
    void finished();

private:
    void request();
    void onReply(QNetworkReply *reply);
    void parseBody(const QByteArray &body, int status, const QString &source);
    void fail(Error error);
    void succeed(PromResponse response);

    QNetworkAccessManager *m_network;
    PrometheusOptions m_options;
    PromResponse::Kind m_kind;
    QString m_apiPath;
    Params m_params;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout;
    QTimer *m_retry;
    QElapsedTimer m_elapsed;
    bool m_running = false;
    bool m_ok = false;
    bool m_timedOut = false;
    bool m_usedPost = false;
    int m_retries = 0;
    int m_attempts = 0;
    quint64 m_generation = 0; // drops a pool parse that finishes after abort()
    Error m_error;
    PromResponse m_response;
};

} // namespace Infradeck
