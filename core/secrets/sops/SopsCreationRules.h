// `.sops.yaml` creation_rules: which age recipients and which encryption rule a new file at a path gets.
#pragma once

#include "SopsMetadata.h"

#include "common/Error.h"
#include "secrets/age/AgeRecipient.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Infradeck {

class SopsCreationRules
{
public:
    struct Rule
    {
        QString pathRegex; // empty: matches every file
        QList<AgeRecipient> age;
        bool hasPgp = false, hasKms = false;
        int keyGroups = 0;
        int shamirThreshold = 0;
        SopsMetadata metadata; // ruleKind/rule/macOnlyEncrypted for encryptNew
    };

    static Result<SopsCreationRules> parse(QByteArrayView yaml, const QString &source = {});
    static Result<SopsCreationRules> load(const QString &path);

    // First rule whose path_regex matches the path (relative to the config's folder), or nullptr.
    const Rule *match(const QString &relativePath) const;

    QList<Rule> rules;
};

} // namespace Infradeck
