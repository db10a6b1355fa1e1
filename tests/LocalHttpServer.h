// A tiny HTTP/1.1 server on 127.0.0.1 for tests of the network clients: answers each request with `respond` when set,
// else with the next canned response queued for its path (the last one repeats); can hang or close without
// answering; records what it got; stop() behaves like a stopped server (listener and connections closed).
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace TestSupport {

struct Canned
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool hang = false;  // never answer
    bool close = false; // close the connection without answering
};

struct Received
{
    QByteArray method;
    QString path;      // without the query
    QByteArray target; // as sent, with the query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QDateTime time;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
};

class LocalHttpServer : public QTcpServer
{
public:
    QHash<QString, QList<Canned>> responses; // by path
    std::function<Canned(const Received &)> respond; // when set, answers every request instead of `responses`
    QList<Received> received;

    LocalHttpServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                m_sockets << s;
                auto *buffer = new QByteArray;
                connect(s, &QObject::destroyed, [buffer] { delete buffer; });
                connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                    *buffer += s->readAll();
                    for (;;) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        Received r = parseHead(buffer->left(end));
                        const qsizetype length = r.header("Content-Length").toLongLong();
                        if (buffer->size() < end + 4 + length)
                            return; // wait for the body
                        r.body = buffer->mid(end + 4, length);
                        buffer->remove(0, end + 4 + length);
                        handle(s, std::move(r));
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
    QStringList requestLines() const
    {
        QStringList out;
        for (const Received &r : received)
            out << QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path;
        return out;
    }

private:
    static Received parseHead(const QByteArray &head)
    {
        Received r;
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.target = first.value(1);
        r.path = QString::fromLatin1(r.target).section(QLatin1Char('?'), 0, 0);
        r.time = QDateTime::currentDateTimeUtc();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        return r;
    }

    void handle(QTcpSocket *s, Received r)
    {
        received << r;
        QList<Canned> &queue = responses[r.path];
        const Canned c = respond ? respond(r)
                         : queue.isEmpty() ? Canned{404, "{\"error\":\"not found\"}", {}, false, false}
                                           : (queue.size() > 1 ? queue.takeFirst() : queue.first());
        if (c.hang)
            return;
        if (c.close) {
            s->disconnectFromHost();
            return;
        }
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(c.status) + " X\r\nContent-Type: application/json\r\nContent-Length: " +
                           QByteArray::number(c.body.size()) + "\r\n";
        for (const auto &[k, v] : c.headers)
            reply += k + ": " + v + "\r\n";
        reply += "\r\n" + c.body;
        s->write(reply);
    }

    QList<QPointer<QTcpSocket>> m_sockets;
    quint16 m_port = 0;
};

} // namespace TestSupport
