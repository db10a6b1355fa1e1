#include "Redaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace Infradeck {

QString Redaction::possiblySensitiveNote()
{
    return QCoreApplication::translate("Infradeck::Redaction", "possibly sensitive");
}

QJsonValue Redaction::childMask(const QJsonValue &mask, const QString &key)
{
    if (isMasked(mask))
        return mask;
    if (mask.isObject())
        return mask.toObject().value(key);
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue Redaction::childMask(const QJsonValue &mask, qsizetype index)
{
    if (isMasked(mask))
        return mask;
    if (mask.isArray() && index < mask.toArray().size())
        return mask.toArray().at(index);
    return QJsonValue(QJsonValue::Undefined);
}

bool Redaction::nameLooksSecret(const QString &name)
{
    static const QRegularExpression secretName(
        QStringLiteral("(pass(word|wd|phrase)?$|password|passwd|secret|token|private_?key|api_?key|access_?key|"
                       "client_?secret|credential|auth_?key|signing_?key|encryption_?key|connection_?string|"
                       "^pwd$|_pwd$)"),
        QRegularExpression::CaseInsensitiveOption);
    // Names that carry a secret's metadata, not the secret.
    static const QRegularExpression metadataName(
        QStringLiteral("(_arn|_id|_ids|_name|_names|_version|_versions|_length|_ttl|_count|_enabled|_type|_policy|"
                       "_expiry|_expires|_expiration|_rotation|_wo_version|_file|_path|_hash|_sha256|_fingerprint)$|"
                       "^(id|name|type)$"),
        QRegularExpression::CaseInsensitiveOption);
    return secretName.match(name).hasMatch() && !metadataName.match(name).hasMatch();
}

double Redaction::shannonEntropy(const QString &value)
{
    if (value.isEmpty())
        return 0.0;
    QHash<QChar, int> counts;
    for (const QChar c : value)
        ++counts[c];
    double entropy = 0.0;
    const double n = double(value.size());
    for (const int count : std::as_const(counts)) {
        const double p = double(count) / n;
        entropy -= p * std::log2(p);
    }
    return entropy;
}

bool Redaction::looksSecret(const QString &name, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return false;
    if (trimmed.contains(QLatin1String("PRIVATE KEY-----")) || trimmed.startsWith(QLatin1String("AGE-SECRET-KEY-1")))
        return true;
    static const QRegularExpression knownToken(
        QStringLiteral("^(AKIA[0-9A-Z]{16}|ASIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|"
                       "glpat-[A-Za-z0-9_-]{20,}|xox[abposr]-[A-Za-z0-9-]{10,}|sk_live_[A-Za-z0-9]{20,}|"
                       "AIza[0-9A-Za-z_-]{35})$"));
    if (knownToken.match(trimmed).hasMatch())
        return true;
    if (nameLooksSecret(name)) {
        // A boolean/number-like or placeholder value under a secret-sounding name is configuration, not a secret.
        static const QRegularExpression notSecret(QStringLiteral("^(true|false|null|[0-9]+|\\$\\{.*\\})$"),
                                                  QRegularExpression::CaseInsensitiveOption);
        return !notSecret.match(trimmed).hasMatch();
    }
    // Token-shaped content: >= 20 characters of a token alphabet, letters and digits mixed, high entropy.
    if (trimmed.size() < 20)
        return false;
    static const QRegularExpression tokenShape(QStringLiteral("^[A-Za-z0-9+/=_\\-.]+$"));
    if (!tokenShape.match(trimmed).hasMatch())
        return false;
    bool letters = false;
    bool digits = false;
    for (const QChar c : trimmed) {
        letters = letters || c.isLetter();
        digits = digits || c.isDigit();
    }
    if (!letters || !digits)
        return false;
    // Identifiers (hex ids, UUID-like, dotted names) sit around 3–4 bits/char; random tokens above 4.3.
    static const QRegularExpression hexOnly(QStringLiteral("^[0-9a-fA-F\\-]+$"));
    if (hexOnly.match(trimmed).hasMatch())
        return trimmed.size() >= 40 && shannonEntropy(trimmed) >= 3.7 && !trimmed.contains(QLatin1Char('-'));
    return shannonEntropy(trimmed) >= 4.3;
}

QJsonValue Redaction::redact(const QJsonValue &value, const QJsonValue &sensitiveMask, bool heuristics,
                             const QString &name)
{
    if (isMasked(sensitiveMask))
        return mask();
    if (value.isObject()) {
        const QJsonObject in = value.toObject();
        QJsonObject out;
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), redact(it.value(), childMask(sensitiveMask, it.key()), heuristics, it.key()));
        return out;
    }
    if (value.isArray()) {
        const QJsonArray in = value.toArray();
        QJsonArray out;
        for (qsizetype i = 0; i < in.size(); ++i)
            out.append(redact(in.at(i), childMask(sensitiveMask, i), heuristics, name));
        return out;
    }
    if (heuristics && value.isString() && looksSecret(name, value.toString()))
        return mask();
    return value;
}

QString Redaction::maskedText(const QJsonValue &value, const QJsonValue &sensitiveMask, bool heuristics,
                              const QString &name)
{
    const QJsonValue redacted = redact(value, sensitiveMask, heuristics, name);
    if (redacted.isString() && redacted.toString() == mask())
        return mask();
    if (redacted.isUndefined())
        return {};
    QJsonArray wrapper;
    wrapper.append(redacted);
    const QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

} // namespace Infradeck
