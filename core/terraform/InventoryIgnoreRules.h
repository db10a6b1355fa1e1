// Which attributes an inventory comparison skips (ids, timestamps, addresses...): resources/state/diff-ignore.yaml.
#pragma once

#include "common/Error.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Infradeck {

class InventoryIgnoreRules
{
public:
    // The file's format is documented in resources/state/diff-ignore.yaml.
    static Result<InventoryIgnoreRules> load(const QString &path);
    static Result<InventoryIgnoreRules> loadDefault();
    static QString defaultPath(); // $INFRADECK_STATE_DIFF_IGNORE, installed or source resources/state/diff-ignore.yaml
    // Rules from lists (tests, callers that build their own).
    static InventoryIgnoreRules fromLists(const QStringList &names, const QStringList &pathRegexes = {});

    // steps: QString keys and integer indexes (AttributeDiff::Entry::steps); path: the printed path.
    bool ignores(const QVariantList &steps, const QString &path) const;
    bool ignoresName(const QString &name) const;

    QStringList names() const { return m_names; }
    QStringList pathPatterns() const { return m_pathPatterns; }
    bool isEmpty() const { return m_names.isEmpty() && m_paths.isEmpty(); }

private:
    QStringList m_names;
    QList<QRegularExpression> m_nameGlobs;
    QList<QRegularExpression> m_paths;
    QStringList m_pathPatterns; // as written
};

} // namespace Infradeck
