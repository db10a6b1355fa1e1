// Structural before/after diff of one change, flattened to leaves, with unknown, sensitive and
// forces-replacement marks. Display strings are always redacted: a sensitive value never reaches them.
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariantList>

namespace Infradeck {

class Plan;
class ResourceChange;

class AttributeDiff
{
public:
    enum class Kind { Added, Removed, Changed, Unchanged };

    struct Entry
    {
        QString path;       // network[0].ip, labels["a.b"]
        QVariantList steps; // QString keys and qint64 indexes
        Kind kind = Kind::Unchanged;
        QString before;     // display text (JSON), "" when absent
        QString after;      // display text, "(known after apply)" when unknown
        bool sensitive = false;         // schema-sensitive: both texts are the mask
        bool possiblySensitive = false; // masked by the name/entropy heuristic
        bool unknown = false;
        bool forcesReplacement = false;
    };

    static QList<Entry> compute(const QJsonValue &before, const QJsonValue &after, const QJsonValue &afterUnknown,
                                const QJsonValue &beforeSensitive, const QJsonValue &afterSensitive,
                                const QList<QVariantList> &replacePaths = {});
    static QList<Entry> compute(const Plan &plan, const ResourceChange &change);

    static QString kindName(Kind kind); // "added", "removed", "changed", "unchanged"
    static QString unknownText();       // "(known after apply)"
    static QString pathToString(const QVariantList &steps);
};

} // namespace Infradeck
