// The `sops` metadata block of an encrypted file, read into fields and written back into its tree.
#pragma once

#include "SopsNode.h"

#include "common/Error.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Infradeck {

class SopsMetadata
{
public:
    struct AgeKey
    {
        QString recipient;
        QByteArray enc; // armored age file wrapping the 32-byte data key
    };
    enum class RuleKind { UnencryptedSuffix, EncryptedSuffix, UnencryptedRegex, EncryptedRegex };

    static Result<SopsMetadata> fromNode(const SopsNode &node, const QString &source = {});
    // Writes age keys, lastmodified and mac back into the metadata tree, keeping everything else.
    void applyTo(SopsNode &node) const;

    // Whether a value at this key path is encrypted under the file's rule (any key on the path may match).
    bool shouldEncrypt(const QStringList &keyPath) const;

    QList<AgeKey> age;
    bool hasPgp = false, hasKms = false, hasGcpKms = false, hasAzureKv = false, hasHcVault = false;
    int keyGroups = 0;
    int shamirThreshold = 0;
    QString lastModified;
    QByteArray mac;
    QString version;
    RuleKind ruleKind = RuleKind::UnencryptedSuffix;
    QString rule = QStringLiteral("_unencrypted"); // suffix or regex pattern
    bool macOnlyEncrypted = false;

private:
    QRegularExpression m_regex;
    bool m_ageInKeyGroups = false;
};

} // namespace Infradeck
