#include "S3StateFetcher.h"

#include "StateReader.h"

#include "common/Async.h"
#include "common/Logging.h"
#include "common/SecureBytes.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QXmlStreamReader>

namespace Infradeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(S3StateFetcher)
};

struct S3ErrorBody
{
    QString code;
    QString message;
    QString region; // AuthorizationHeaderMalformed / PermanentRedirect carry the bucket's region
    QString endpoint;
};

S3ErrorBody parseErrorBody(const QByteArray &body)
{
    S3ErrorBody e;
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("Code"))
            e.code = xml.readElementText();
        else if (name == QLatin1String("Message"))
            e.message = xml.readElementText();
        else if (name == QLatin1String("Region"))
            e.region = xml.readElementText();
        else if (name == QLatin1String("Endpoint"))
            e.endpoint = xml.readElementText();
    }
    return e;
}

struct Parsed
{
    std::shared_ptr<const Inventory> inventory;
    Error error;
};

} // namespace

QString S3StateFetcher::Location::displayUrl() const
{
    return QStringLiteral("s3://%1/%2").arg(bucket, key);
}

QUrl S3StateFetcher::Location::objectUrl() const
{
    QUrl url = endpoint;
    QByteArray base = endpoint.path(QUrl::FullyEncoded).toLatin1();
    while (base.endsWith('/'))
        base.chop(1);
    const QByteArray path = base + '/' + AwsSigV4::uriEncode(bucket.toUtf8(), true) + '/' + AwsSigV4::uriEncode(key.toUtf8(), false);
    url.setPath(QString::fromLatin1(path), QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

Result<S3StateFetcher::Location> S3StateFetcher::Location::fromS3Url(const QString &url, const QUrl &endpoint, const QString &region)
{
    const QString expected = Tr::tr("s3://BUCKET/KEY");
    if (!url.startsWith(QLatin1String("s3://")))
        return Error(Tr::tr("\"%1\" is not an S3 URL").arg(url), url).expecting(expected);
    const QString rest = url.mid(5);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == rest.size() - 1)
        return Error(Tr::tr("\"%1\" names no bucket and key").arg(url), url).expecting(expected);
    Location l;
    l.endpoint = endpoint;
    l.bucket = rest.left(slash);
    l.key = rest.mid(slash + 1);
    l.region = region;
    return l;
}

S3StateFetcher::S3StateFetcher(QNetworkAccessManager *network, Options options, QObject *parent)
    : QObject(parent), m_network(network), m_options(std::move(options)), m_timeout(new QTimer(this)), m_retry(new QTimer(this))
{
    if (!m_options.clock)
        m_options.clock = [] { return QDateTime::currentDateTimeUtc(); };
    m_timeout->setSingleShot(true);
    m_retry->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(m_retry, &QTimer::timeout, this, &S3StateFetcher::request);
}

S3StateFetcher::~S3StateFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void S3StateFetcher::start()
{
    if (m_running)
        return;
    ++m_generation;
    m_running = true;
    m_ok = false;
    m_notModified = false;
    m_error = Error();
    m_inventory.reset();
    m_etag.clear();
    m_retries = 0;
    m_attempts = 0;
    const Location &l = m_options.location;
    QString problem;
    if (!l.endpoint.isValid() || l.endpoint.host().isEmpty()
        || (l.endpoint.scheme() != QLatin1String("https") && l.endpoint.scheme() != QLatin1String("http")))
        problem = Tr::tr("the S3 endpoint \"%1\" is not an http:// or https:// URL").arg(l.endpoint.toString());
    else if (l.bucket.isEmpty() || l.key.isEmpty())
        problem = Tr::tr("the S3 backend needs a bucket and a key");
    else if (m_options.credentials.accessKeyId.isEmpty() || m_options.credentials.secretAccessKey.isEmpty())
        problem = Tr::tr("no S3 credentials are available");
    if (!problem.isEmpty()) {
        // Deliver asynchronously like every other outcome.
        QTimer::singleShot(0, this, [this, problem] { fail(Error(problem, m_options.location.displayUrl())); });
        return;
    }
    request();
}

void S3StateFetcher::abort()
{
    if (!m_running)
        return;
    ++m_generation;
    m_retry->stop();
    m_timeout->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    fail(Error(Tr::tr("fetching the state was aborted"), m_options.location.displayUrl()));
}

void S3StateFetcher::request()
{
    const Location &l = m_options.location;
    const QUrl url = l.objectUrl();
    QByteArray host = QUrl::toAce(url.host());
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());

    AwsSigV4::Request signing;
    signing.method = QByteArrayLiteral("GET");
    signing.host = host;
    signing.path = QByteArray::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1());
    if (!m_options.ifNoneMatch.isEmpty())
        signing.headers.append({QByteArrayLiteral("if-none-match"), m_options.ifNoneMatch});
    const AwsSigV4::Signed sig = AwsSigV4::sign(signing, m_options.credentials, l.region, m_options.clock());

    QNetworkRequest req(url);
    // Set Host ourselves so the header sent is byte for byte the one signed.
    req.setRawHeader("Host", host);
    for (const auto &[name, value] : signing.headers)
        req.setRawHeader(name, value);
    for (const auto &[name, value] : sig.headers)
        req.setRawHeader(name, value);
    // A redirect to another host would carry a signature made for this one: explain it instead.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    m_timedOut = false;
    m_tooLarge = false;
    ++m_attempts;
    // Never log headers: Authorization and a session token would end up in the log.
    qCDebug(lcNetwork) << "GET" << l.displayUrl() << "from" << l.endpoint.toString(QUrl::RemoveUserInfo) << "attempt" << m_attempts;
    QNetworkReply *reply = m_network->get(req);
    m_reply = reply;
    m_timeout->start(m_options.timeoutMs);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
        if (received > m_options.maxBytes || total > m_options.maxBytes) {
            m_tooLarge = true;
            reply->abort();
            return;
        }
        m_timeout->start(m_options.timeoutMs); // a slow but moving download is not a timeout
        Q_EMIT progress(received, total);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply, m_timedOut); });
}

Error S3StateFetcher::httpError(int status, const QByteArray &body, const QByteArray &bucketRegionHeader, const Location &location)
{
    const S3ErrorBody e = parseErrorBody(body);
    const QString where = location.displayUrl();
    const QString detail = e.code.isEmpty() ? QString() : (e.message.isEmpty() ? e.code : e.code + QStringLiteral(": ") + e.message);
    QString text;
    if (status == 403) {
        text = Tr::tr("access denied: check the credentials");
        if (e.code == QLatin1String("SignatureDoesNotMatch"))
            text += Tr::tr(" (the secret access key does not match the access key id)");
        else if (e.code == QLatin1String("InvalidAccessKeyId"))
            text += Tr::tr(" (the server does not know the access key id)");
        else if (e.code == QLatin1String("RequestTimeTooSkewed"))
            text = Tr::tr("access denied: this computer's clock differs from the server's by more than 15 minutes");
        else if (e.code == QLatin1String("AccessDenied"))
            text += Tr::tr(" (they may not read %1)").arg(where);
        else if (!detail.isEmpty())
            text += QStringLiteral(" (%1)").arg(detail);
    } else if (status == 404) {
        text = Tr::tr("no state at %1").arg(where);
        if (e.code == QLatin1String("NoSuchBucket"))
            text += Tr::tr(": the bucket \"%1\" does not exist at %2").arg(location.bucket, location.endpoint.toString(QUrl::RemoveUserInfo));
    } else if (status == 400 && e.code == QLatin1String("AuthorizationHeaderMalformed") && !e.region.isEmpty()) {
        text = Tr::tr("the bucket \"%1\" is in region %2, not %3: set the backend's region").arg(location.bucket, e.region, location.region);
    } else if (status == 301 || status == 302 || status == 307 || status == 308) {
        const QString region = !e.region.isEmpty() ? e.region : QString::fromLatin1(bucketRegionHeader);
        text = Tr::tr("the bucket \"%1\" is served from another endpoint (HTTP %2)").arg(location.bucket).arg(status);
        if (!e.endpoint.isEmpty())
            text += Tr::tr(": %1").arg(e.endpoint);
        if (!region.isEmpty())
            text += Tr::tr("; its region is %1").arg(region);
    } else if (status == 401) {
        text = Tr::tr("the S3 server asks for authentication it does not accept from Signature V4 (HTTP 401)");
    } else if (status == 429 || status >= 500) {
        text = Tr::tr("the S3 server failed (HTTP %1) and retries ran out").arg(status);
        if (!detail.isEmpty())
            text += QStringLiteral(": ") + detail;
    } else {
        text = Tr::tr("the S3 server refused to send %1 (HTTP %2)").arg(where).arg(status);
        if (!detail.isEmpty())
            text += QStringLiteral(": ") + detail;
    }
    return Error(text, where);
}

void S3StateFetcher::onReply(QNetworkReply *reply, bool timedOut)
{
    m_timeout->stop();
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const QString source = m_options.location.displayUrl();
    if (timedOut) {
        fail(Error(Tr::tr("the S3 server at %1 did not answer within %2 s")
                       .arg(m_options.location.endpoint.toString(QUrl::RemoveUserInfo))
                       .arg(m_options.timeoutMs / 1000.0),
                   source));
        return;
    }
    if (m_tooLarge) {
        fail(Error(Tr::tr("the state at %1 is larger than %2 MB: not loaded").arg(source).arg(m_options.maxBytes >> 20), source));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        fail(Error(Tr::tr("cannot reach the S3 server at %1: %2")
                       .arg(m_options.location.endpoint.toString(QUrl::RemoveUserInfo), reply->errorString()),
                   source));
        return;
    }
    if ((status == 429 || status >= 500) && m_retries < m_options.maxRetries) {
        const int delay = std::min(m_options.backoffMs << std::min(m_retries, 16), m_options.maxBackoffMs);
        ++m_retries;
        qCInfo(lcNetwork) << "HTTP" << status << "for" << source << "- retry" << m_retries << "in" << delay << "ms";
        m_retry->start(delay);
        return;
    }
    if (status == 304 && !m_options.ifNoneMatch.isEmpty()) {
        m_etag = m_options.ifNoneMatch;
        m_notModified = true;
        complete();
        return;
    }
    QByteArray body = reply->readAll();
    if (status < 200 || status >= 300) {
        fail(httpError(status, body, reply->rawHeader("x-amz-bucket-region"), m_options.location));
        return;
    }
    m_etag = reply->rawHeader("ETag");
    parse(std::move(body));
}

void S3StateFetcher::parse(QByteArray body)
{
    const QString source = m_options.location.displayUrl();
    const quint64 generation = m_generation;
    runAsync(
        this,
        [body = std::move(body), source](const TaskControl &) mutable {
            Parsed parsed;
            Result<Inventory> read = StateReader::readBytes(body, source);
            // State holds secrets (passwords, keys in attributes): the raw bytes do not outlive the parse.
            SecureBytes::wipe(body);
            if (read)
                parsed.inventory = std::make_shared<const Inventory>(std::move(read).value());
            else
                parsed.error = read.error();
            return parsed;
        },
        [this, generation](Parsed parsed) {
            if (generation != m_generation || !m_running)
                return;
            if (!parsed.inventory) {
                fail(parsed.error);
                return;
            }
            m_inventory = std::move(parsed.inventory);
            complete();
        });
}

void S3StateFetcher::complete()
{
    m_retry->stop();
    m_timeout->stop();
    m_ok = true;
    m_running = false;
    Q_EMIT finished();
}

void S3StateFetcher::fail(Error error)
{
    m_retry->stop();
    m_timeout->stop();
    m_ok = false;
    m_error = std::move(error);
    m_running = false;
    Q_EMIT finished();
}

} // namespace Infradeck
