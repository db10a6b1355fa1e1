// A tiny Prometheus-like HTTP/1.1 server on 127.0.0.1 for the telemetry tests (unit and GUI): every request is
// recorded (method, path, decoded query parameters, Authorization header) and answered by `handler`, which may
// hang (never answer). stop() closes the listener and every open connection, like a stopped server.
#pragma once

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

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

class FakePrometheus : public QTcpServer
{
public:
    std::function<PromAnswer(const PromRequest &)> handler;
    QList<PromRequest> seen;

    FakePrometheus()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                m_sockets << s;
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                    *buffer += s->readAll();
                    for (;;) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        const QList<QByteArray> lines = buffer->left(end).split('\n');
                        qsizetype length = 0;
                        PromRequest r;
                        for (const QByteArray &l : lines) {
                            if (l.toLower().startsWith("content-length:"))
                                length = l.mid(15).trimmed().toLongLong();
                            else if (l.toLower().startsWith("authorization:"))
                                r.authorization = l.mid(14).trimmed();
                        }
                        if (buffer->size() < end + 4 + length)
                            return;
                        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                        r.method = first.value(0);
                        const QUrl url(QString::fromLatin1(first.value(1)));
                        r.path = url.path();
                        const QByteArray form = r.method == "POST" ? buffer->mid(end + 4, length) : url.query(QUrl::FullyEncoded).toLatin1();
                        QByteArray plusDecoded = form;
                        plusDecoded.replace('+', "%20");
                        r.params.setQuery(QString::fromLatin1(plusDecoded));
                        buffer->remove(0, end + 4 + length);
                        seen << r;
                        const PromAnswer a = handler ? handler(r) : PromAnswer{404, "{}", false};
                        if (a.hang)
                            continue;
                        s->write("HTTP/1.1 " + QByteArray::number(a.status) + " X\r\nContent-Type: application/json\r\nContent-Length: " +
                                 QByteArray::number(a.body.size()) + "\r\n\r\n" + a.body);
                    }
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port ? m_port : serverPort())); }

    void stop()
    {
        m_port = serverPort();
        close();
        for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets))
            if (s)
                s->abort();
        m_sockets.clear();
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

private:
    QList<QPointer<QTcpSocket>> m_sockets;
    quint16 m_port = 0;
};

} // namespace TestSupport
