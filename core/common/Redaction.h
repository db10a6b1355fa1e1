// THE redaction rule used by every view, export, log line and tooltip that shows plan/state values.
#pragma once

#include <QJsonValue>
#include <QString>

namespace Infradeck {

class Redaction
{
public:
    // What a masked value reads as, everywhere.
    static QString mask() { return QStringLiteral("(sensitive)"); }
    // Suffix for values masked by the heuristic rather than by the schema.
    static QString possiblySensitiveNote();

    // A sensitivity mask (before_sensitive/after_sensitive/sensitive_values shape): true = this whole subtree.
    static bool isMasked(const QJsonValue &sensitiveMask) { return sensitiveMask.isBool() && sensitiveMask.toBool(); }
    // The mask of a child (object key or array index); undefined when none.
    static QJsonValue childMask(const QJsonValue &mask, const QString &key);
    static QJsonValue childMask(const QJsonValue &mask, qsizetype index);

    // A copy of value with every schema-sensitive subtree replaced by mask(); with heuristics, string leaves
    // whose attribute name or content looks secret are masked too.
    static QJsonValue redact(const QJsonValue &value, const QJsonValue &sensitiveMask, bool heuristics = true,
                             const QString &name = {});
    // Compact JSON text of redact(...): the one way to turn a value into display text.
    static QString maskedText(const QJsonValue &value, const QJsonValue &sensitiveMask, bool heuristics = true,
                              const QString &name = {});

    // Name/entropy heuristic: attribute names like *PASSWORD*, *SECRET*, *TOKEN*, *PRIVATE_KEY*, API_KEY with a
    // non-empty value, private key blocks, well-known token prefixes, and high-entropy token strings (>= 20 chars).
    static bool looksSecret(const QString &name, const QString &value);
    static bool nameLooksSecret(const QString &name);
    static double shannonEntropy(const QString &value); // bits per character
};

} // namespace Infradeck
