#include "PlanReview.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

#include <openssl/sha.h>

#include <pwd.h>
#include <unistd.h>

namespace Infradeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanReview)
};
} // namespace

QString PlanReview::reviewPathFor(const QString &planPath)
{
    return planPath + QStringLiteral(".review.json");
}

QString PlanReview::sha256(const QByteArray &bytes)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    ::SHA256(reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()), digest);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), SHA256_DIGEST_LENGTH).toHex());
}

Result<PlanReview> PlanReview::load(const QString &planPath, const QString &currentDigest)
{
    PlanReview review;
    review.planPath = planPath;
    review.currentDigest = currentDigest;
    const QString path = reviewPathFor(planPath);
    QFile file(path);
    if (!file.exists())
        return review;
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot open review file: %1").arg(file.errorString()), path);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Tr::tr("review file is not valid JSON: %1").arg(parseError.errorString()), path).atOffset(parseError.offset);
    if (!doc.isObject())
        return Error(Tr::tr("review file has the wrong shape"), path).atPath(QStringLiteral("$")).expecting(Tr::tr("an object"));
    const QJsonObject root = doc.object();
    const QJsonValue reviewed = root.value(QStringLiteral("reviewed"));
    if (!reviewed.isUndefined() && !reviewed.isArray())
        return Error(Tr::tr("review file has the wrong shape"), path).atPath(QStringLiteral("$.reviewed")).expecting(Tr::tr("an array of addresses"));
    for (const QJsonValue &v : reviewed.toArray())
        review.reviewed.insert(v.toString());
    const QJsonObject approval = root.value(QStringLiteral("approval")).toObject();
    if (!approval.isEmpty()) {
        review.approvedBy = approval.value(QStringLiteral("by")).toString();
        review.approvedAt = QDateTime::fromString(approval.value(QStringLiteral("at")).toString(), Qt::ISODate);
        review.approvedDigest = approval.value(QStringLiteral("sha256")).toString();
    }
    return review;
}

Result<bool> PlanReview::save() const
{
    const QString path = reviewPathFor(planPath);
    QJsonObject root;
    root.insert(QStringLiteral("plan"), QFileInfo(planPath).fileName());
    root.insert(QStringLiteral("sha256"), currentDigest);
    QStringList sorted(reviewed.begin(), reviewed.end());
    std::sort(sorted.begin(), sorted.end());
    root.insert(QStringLiteral("reviewed"), QJsonArray::fromStringList(sorted));
    if (isApproved()) {
        root.insert(QStringLiteral("approval"), QJsonObject{{QStringLiteral("by"), approvedBy},
                                                            {QStringLiteral("at"), approvedAt.toUTC().toString(Qt::ISODate)},
                                                            {QStringLiteral("sha256"), approvedDigest}});
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Tr::tr("cannot write review file: %1").arg(file.errorString()), path);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error(Tr::tr("cannot save review file: %1").arg(file.errorString()), path);
    return true;
}

void PlanReview::approve(const QString &who, const QDateTime &when)
{
    approvedBy = who;
    approvedAt = when.toUTC();
    approvedDigest = currentDigest;
}

void PlanReview::revokeApproval()
{
    approvedBy.clear();
    approvedAt = {};
    approvedDigest.clear();
}

QString PlanReview::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty()) {
        if (const passwd *pw = ::getpwuid(::getuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
    }
    return user.isEmpty() ? Tr::tr("unknown user") : user;
}

} // namespace Infradeck
