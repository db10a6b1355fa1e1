// One entry of resource_changes[] / resource_drift[]: scalar fields decoded, values kept as raw JSON spans.
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace Infradeck {

// A byte range of the plan file's JSON (decoded lazily by Plan::json). offset < 0: absent.
struct JsonSpan
{
    qint64 offset = -1;
    qint64 length = 0;
    bool isPresent() const { return offset >= 0; }
};

class ResourceChange
{
public:
    enum class Action { NoOp, Create, Read, Update, Delete, Replace };
    enum class ReplaceOrder { None, DestroyBeforeCreate, CreateBeforeDestroy };

    static QString actionName(Action action);               // "no-op", "create", ... (the JSON spelling)
    static QString actionReasonText(const QString &reason); // action_reason in words, empty when none
    // ["delete","create"] etc. → action and replace order; false when the list is not a known one.
    static bool actionFromList(const QStringList &actions, Action *action, ReplaceOrder *order);

    QString address;
    QString previousAddress; // moved from
    QString moduleAddress;
    bool isData = false;
    QString type;
    QString name;
    QVariant index; // int (count), QString (for_each) or invalid
    QString deposed;
    QString providerName;
    Action action = Action::NoOp;
    ReplaceOrder replaceOrder = ReplaceOrder::None;
    QStringList actions; // as written in the plan
    QString actionReason;
    bool importing = false;
    QString importId;
    QList<QVariantList> replacePaths; // each step a QString or an int

    JsonSpan before;
    JsonSpan after;
    JsonSpan afterUnknown;
    JsonSpan beforeSensitive;
    JsonSpan afterSensitive;
};

} // namespace Infradeck
