// One risk found in a plan: what, where, why, and which rule said so.
#pragma once

#include <QString>

namespace Infradeck {

struct Finding
{
    enum class Severity { Low, Medium, High };

    Severity severity = Severity::Low;
    QString address;
    QString path;   // attribute path, empty for the whole resource
    QString reason; // one line; never contains a value that may be secret
    QString ruleId;

    static QString severityName(Severity severity); // "high", "medium", "low"
    static bool severityFromName(const QString &name, Severity *severity);
};

} // namespace Infradeck
