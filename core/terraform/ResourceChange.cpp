#include "ResourceChange.h"

#include <QCoreApplication>

namespace Infradeck {

QString ResourceChange::actionName(Action action)
{
    switch (action) {
    case Action::NoOp:
        return QStringLiteral("no-op");
    case Action::Create:
        return QStringLiteral("create");
    case Action::Read:
        return QStringLiteral("read");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::Replace:
        return QStringLiteral("replace");
    }
    return {};
}

QString ResourceChange::actionReasonText(const QString &reason)
{
    struct Entry
    {
        const char *key;
        const char *text;
    };
    static const Entry entries[] = {
        {"replace_because_tainted", QT_TRANSLATE_NOOP("Infradeck::Plan", "replace because the object is tainted")},
        {"replace_because_cannot_update",
         QT_TRANSLATE_NOOP("Infradeck::Plan", "replace because the provider cannot update it in place")},
        {"replace_by_request", QT_TRANSLATE_NOOP("Infradeck::Plan", "replace because it was requested (-replace)")},
        {"replace_by_triggers", QT_TRANSLATE_NOOP("Infradeck::Plan", "replace because replace_triggered_by changed")},
        {"delete_because_no_resource_config",
         QT_TRANSLATE_NOOP("Infradeck::Plan", "delete because the resource is no longer in the configuration")},
        {"delete_because_no_module", QT_TRANSLATE_NOOP("Infradeck::Plan", "delete because its module is no longer in the configuration")},
        {"delete_because_wrong_repetition",
         QT_TRANSLATE_NOOP("Infradeck::Plan", "delete because count/for_each was added or removed")},
        {"delete_because_count_index", QT_TRANSLATE_NOOP("Infradeck::Plan", "delete because its count index is out of range")},
        {"delete_because_each_key", QT_TRANSLATE_NOOP("Infradeck::Plan", "delete because its for_each key is gone")},
        {"delete_because_no_move_target", QT_TRANSLATE_NOOP("Infradeck::Plan", "delete because the moved block has no target")},
        {"read_because_config_unknown",
         QT_TRANSLATE_NOOP("Infradeck::Plan", "read during apply because its configuration is not known yet")},
        {"read_because_dependency_pending",
         QT_TRANSLATE_NOOP("Infradeck::Plan", "read during apply because a dependency has pending changes")},
        {"read_because_check_nested", QT_TRANSLATE_NOOP("Infradeck::Plan", "read during apply because a check block needs it")},
    };
    if (reason.isEmpty())
        return {};
    for (const Entry &e : entries) {
        if (reason == QLatin1String(e.key))
            return QCoreApplication::translate("Infradeck::Plan", e.text);
    }
    return QCoreApplication::translate("Infradeck::Plan", "unspecified reason (%1)").arg(reason);
}

bool ResourceChange::actionFromList(const QStringList &actions, Action *action, ReplaceOrder *order)
{
    *order = ReplaceOrder::None;
    if (actions.size() == 1) {
        const QString &a = actions.first();
        if (a == QLatin1String("no-op"))
            *action = Action::NoOp;
        else if (a == QLatin1String("create"))
            *action = Action::Create;
        else if (a == QLatin1String("read"))
            *action = Action::Read;
        else if (a == QLatin1String("update"))
            *action = Action::Update;
        else if (a == QLatin1String("delete"))
            *action = Action::Delete;
        else
            return false;
        return true;
    }
    if (actions.size() == 2) {
        if (actions[0] == QLatin1String("delete") && actions[1] == QLatin1String("create"))
            *order = ReplaceOrder::DestroyBeforeCreate;
        else if (actions[0] == QLatin1String("create") && actions[1] == QLatin1String("delete"))
            *order = ReplaceOrder::CreateBeforeDestroy;
        else
            return false;
        *action = Action::Replace;
        return true;
    }
    return false;
}

} // namespace Infradeck
