#include "S3StateFetcher.h"

#include "StateReader.h"

#include "common/Async.h"
#include "common/Logging.h"
#include "common/SecureBytes.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
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

namespace {
HttpPolicy policyFor(const S3StateFetcher::Options &o)
{
    HttpPolicy p;
    p.timeoutMs = o.timeoutMs;
    p.maxRetries = o.maxRetries;
    p.backoffMs = o.backoffMs;
    p.maxBackoffMs = o.maxBackoffMs;
    p.maxBytes = o.maxBytes;
    p.retryable = [](int status, const QByteArray &) { return status == 429 || status >= 500; };
    return p;
}
} // namespace

S3StateFetcher::S3StateFetcher(QNetworkAccessManager *network, Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_call(new HttpCall(network, policyFor(m_options), this))
{
    if (!m_options.clock)
        m_options.clock = [] { return QDateTime::currentDateTimeUtc(); };
    connect(m_call, &HttpCall::downloadProgress, this, &S3StateFetcher::progress);
    connect(m_call, &HttpCall::finished, this, &S3StateFetcher::onReply);
}

S3StateFetcher::~S3StateFetcher() = default;

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
    m_call->abort();
    fail(Error(Tr::tr("fetching the state was aborted"), m_options.location.displayUrl()));
}

void S3StateFetcher::request()
{
    const Location &l = m_options.location;
    const QUrl url = l.objectUrl();
    QByteArray host = QUrl::toAce(url.host());
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());

    QNetworkRequest req(url);
    // A redirect to another host would carry a signature made for this one: explain it instead.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Signed anew for each attempt: a retry after a backoff needs a fresh date.
    m_call->send(req, QByteArrayLiteral("GET"), {}, [this, host, url](QNetworkRequest &r) {
        AwsSigV4::Request signing;
        signing.method = QByteArrayLiteral("GET");
        signing.host = host;
        signing.path = QByteArray::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1());
        if (!m_options.ifNoneMatch.isEmpty())
            signing.headers.append({QByteArrayLiteral("if-none-match"), m_options.ifNoneMatch});
        const AwsSigV4::Signed sig = AwsSigV4::sign(signing, m_options.credentials, m_options.location.region, m_options.clock());
        // Set Host ourselves so the header sent is byte for byte the one signed.
        r.setRawHeader("Host", host);
        for (const auto &[name, value] : signing.headers)
            r.setRawHeader(name, value);
        for (const auto &[name, value] : sig.headers)
            r.setRawHeader(name, value);
    });
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

void S3StateFetcher::onReply()
{
    const HttpResult &r = m_call->result();
    const QString source = m_options.location.displayUrl();
    const QString endpoint = m_options.location.endpoint.toString(QUrl::RemoveUserInfo);
    if (r.timedOut) {
        fail(Error(Tr::tr("the S3 server at %1 did not answer within %2 s").arg(endpoint).arg(m_options.timeoutMs / 1000.0), source));
        return;
    }
    if (r.tooLarge) {
        fail(Error(Tr::tr("the state at %1 is larger than %2 MB: not loaded").arg(source).arg(m_options.maxBytes >> 20), source));
        return;
    }
    if (r.status == 0) {
        fail(Error(Tr::tr("cannot reach the S3 server at %1: %2").arg(endpoint, r.networkError), source));
        return;
    }
    if (r.status == 304 && !m_options.ifNoneMatch.isEmpty()) {
        m_etag = m_options.ifNoneMatch;
        m_notModified = true;
        complete();
        return;
    }
    if (r.status < 200 || r.status >= 300) {
        fail(httpError(r.status, r.body, r.header("x-amz-bucket-region"), m_options.location));
        return;
    }
    m_etag = r.header("ETag");
    parse(m_call->takeBody());
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
    m_ok = true;
    m_running = false;
    Q_EMIT finished();
}

void S3StateFetcher::fail(Error error)
{
    m_ok = false;
    m_error = std::move(error);
    m_running = false;
    Q_EMIT finished();
}

} // namespace Infradeck
